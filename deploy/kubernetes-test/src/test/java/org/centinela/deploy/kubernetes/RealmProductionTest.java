package org.centinela.deploy.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * deploy/keycloak/realm-production.json, the realm the Keycloak Operator imports in production, against the rules a
 * production realm must keep; and the KeycloakRealmImport of the manifests, which must carry that realm unchanged.
 */
class RealmProductionTest {

    static final String REALM = "deploy/keycloak/realm-production.json";

    static JsonNode realm() {
        try {
            return Rendered.JSON.readTree(Repository.read(REALM));
        } catch (IOException e) {
            throw new AssertionError(REALM + " is not JSON: " + e.getMessage(), e);
        }
    }

    static JsonNode client(JsonNode realm, String clientId) {
        for (JsonNode client : realm.path("clients")) {
            if (clientId.equals(client.path("clientId").asText())) {
                return client;
            }
        }
        throw new AssertionError("the realm has no client " + clientId);
    }

    private final JsonNode realm = realm();

    @Test
    void itIsTheRealmTheServicesExpect() {
        JsonNode development = readJson("deploy/keycloak/centinela-realm.json");
        assertThat(realm.path("realm").asText()).isEqualTo(development.path("realm").asText());
        Set<String> roles = new HashSet<>();
        realm.path("roles").path("realm").forEach(r -> roles.add(r.path("name").asText()));
        assertThat(roles).as("realm roles").contains("operator", "responder", "auditor");
        Set<String> scopes = new HashSet<>();
        realm.path("clientScopes").forEach(s -> scopes.add(s.path("name").asText()));
        assertThat(scopes).as("client scopes").contains("centinela-api", "roles");
        List<String> consoleScopes = new ArrayList<>();
        client(realm, "centinela-console").path("defaultClientScopes").forEach(s -> consoleScopes.add(s.asText()));
        assertThat(consoleScopes).as("centinela-console's default scopes").contains("centinela-api", "roles");
    }

    @Test
    void tlsIsRequired() {
        assertThat(realm.path("sslRequired").asText()).as("sslRequired").isIn("external", "all");
    }

    @Test
    void bruteForceIsStopped() {
        assertThat(realm.path("bruteForceProtected").asBoolean()).as("bruteForceProtected").isTrue();
        assertThat(realm.path("failureFactor").asInt()).as("failureFactor (failures before a lock-out)").isBetween(1, 10);
        assertThat(realm.path("waitIncrementSeconds").asInt()).as("waitIncrementSeconds").isPositive();
    }

    @Test
    void passwordsFollowAPolicy() {
        String policy = realm.path("passwordPolicy").asText("");
        Matcher length = Pattern.compile("(?:^| and )length\\((\\d+)\\)").matcher(policy);
        assertThat(length.find()).as("passwordPolicy sets a length: " + policy).isTrue();
        assertThat(Integer.parseInt(length.group(1))).as("least password length").isGreaterThanOrEqualTo(12);
        assertThat(policy).as("passwordPolicy").contains("notUsername");
    }

    @Test
    void noClientTakesPasswordsAndEveryRedirectIsExact() {
        List<String> problems = new ArrayList<>();
        for (JsonNode client : realm.path("clients")) {
            String id = client.path("clientId").asText();
            if (!client.path("directAccessGrantsEnabled").isBoolean() || client.path("directAccessGrantsEnabled").asBoolean()) {
                problems.add(id + ": directAccessGrantsEnabled is not false");
            }
            if (client.path("implicitFlowEnabled").asBoolean(false)) {
                problems.add(id + ": implicit flow enabled");
            }
            List<String> uris = new ArrayList<>();
            client.path("redirectUris").forEach(u -> uris.add(u.asText()));
            for (String uri : client.path("attributes").path("post.logout.redirect.uris").asText("").split("##")) {
                if (!uri.isEmpty()) {
                    uris.add(uri);
                }
            }
            for (String uri : uris) {
                if (uri.contains("*") || !uri.startsWith("https://")) {
                    problems.add(id + ": redirect URI " + uri + " is not one exact https URL");
                }
            }
            client.path("webOrigins").forEach(o -> {
                if (o.asText().contains("*")) {
                    problems.add(id + ": web origin " + o.asText());
                }
            });
        }
        assertThat(problems).as("clients").isEmpty();
    }

    @Test
    void accessTokensAreShortAndThereAreNoUsers() {
        assertThat(realm.path("accessTokenLifespan").asInt(Integer.MAX_VALUE)).as("accessTokenLifespan (s)")
                .isBetween(60, 300);
        assertThat(realm.path("users").size()).as("users in the production realm").isZero();
    }

    /**
     * Signing in with the browser asks a one-time code of every operator and auditor: the realm's browser flow holds
     * a conditional step "user has role R" followed by the OTP form, and operator and auditor each are R or include it.
     */
    @Test
    void operatorsAndAuditorsNeedAOneTimeCode() {
        Map<String, JsonNode> flows = new HashMap<>();
        realm.path("authenticationFlows").forEach(f -> flows.put(f.path("alias").asText(), f));
        Map<String, JsonNode> configs = new HashMap<>();
        realm.path("authenticatorConfig").forEach(c -> configs.put(c.path("alias").asText(), c));
        String browser = realm.path("browserFlow").asText("browser");
        assertThat(flows).as("the realm's own browser flow " + browser).containsKey(browser);
        Set<String> otpRoles = new HashSet<>();
        collectOtpRoles(flows.get(browser), flows, configs, otpRoles);
        assertThat(otpRoles).as("roles whose holders the browser flow asks for a one-time code").isNotEmpty();
        for (String role : List.of("operator", "auditor")) {
            assertThat(otpRoles.stream().anyMatch(r -> holds(role, r, new HashSet<>())))
                    .as(role + " must need a one-time code (holds one of " + otpRoles + ")").isTrue();
        }
        boolean totpAction = true;
        for (JsonNode action : realm.path("requiredActions")) {
            if ("CONFIGURE_TOTP".equals(action.path("alias").asText()) && !action.path("enabled").asBoolean(true)) {
                totpAction = false;
            }
        }
        assertThat(totpAction).as("the required action CONFIGURE_TOTP is enabled").isTrue();
    }

    private static void collectOtpRoles(JsonNode flow, Map<String, JsonNode> flows, Map<String, JsonNode> configs,
            Set<String> roles) {
        for (JsonNode execution : flow.path("authenticationExecutions")) {
            if ("DISABLED".equals(execution.path("requirement").asText())) {
                continue;
            }
            if (!execution.path("authenticatorFlow").asBoolean()) {
                continue;
            }
            JsonNode sub = flows.get(execution.path("flowAlias").asText());
            if (sub == null) {
                throw new AssertionError("flow " + flow.path("alias").asText() + " names a missing flow "
                        + execution.path("flowAlias").asText());
            }
            if ("CONDITIONAL".equals(execution.path("requirement").asText())) {
                String role = null;
                boolean otp = false;
                for (JsonNode step : sub.path("authenticationExecutions")) {
                    String authenticator = step.path("authenticator").asText();
                    if ("conditional-user-role".equals(authenticator) && "REQUIRED".equals(step.path("requirement").asText())) {
                        JsonNode config = configs.get(step.path("authenticatorConfig").asText()).path("config");
                        if (!config.path("negate").asText("false").equals("true")) {
                            role = config.path("condUserRole").asText();
                        }
                    }
                    if ("auth-otp-form".equals(authenticator) && "REQUIRED".equals(step.path("requirement").asText())) {
                        otp = true;
                    }
                }
                if (role != null && otp) {
                    roles.add(role);
                }
            }
            collectOtpRoles(sub, flows, configs, roles);
        }
    }

    /** Whether realm role {@code role} is {@code wanted} or includes it (composites). */
    private boolean holds(String role, String wanted, Set<String> seen) {
        if (role.equals(wanted)) {
            return true;
        }
        if (!seen.add(role)) {
            return false;
        }
        for (JsonNode r : realm.path("roles").path("realm")) {
            if (role.equals(r.path("name").asText())) {
                for (JsonNode included : r.path("composites").path("realm")) {
                    if (holds(included.asText(), wanted, seen)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void theOperatorImportsThisVeryRealm() {
        List<JsonNode> imports = Rendered.production().trees("KeycloakRealmImport");
        assertThat(imports).as("KeycloakRealmImports").hasSize(1);
        List<String> differences = new ArrayList<>();
        differences(imports.get(0).path("spec").path("realm"), realm, "realm", differences);
        assertThat(differences).as("where the KeycloakRealmImport's realm differs from " + REALM
                + " (run deploy/kubernetes/base/keycloak/generate-realm-import.sh)").isEmpty();
        String keycloak = imports.get(0).path("spec").path("keycloakCRName").asText();
        assertThat(Rendered.production().trees("Keycloak")).as("the Keycloak the import names")
                .anyMatch(k -> keycloak.equals(k.path("metadata").path("name").asText()));
    }

    /** The paths where two JSON trees differ (at most 20). */
    private static void differences(JsonNode actual, JsonNode expected, String path, List<String> found) {
        if (found.size() >= 20 || actual.equals(expected)) {
            return;
        }
        if (actual.isObject() && expected.isObject()) {
            Set<String> names = new java.util.TreeSet<>();
            actual.fieldNames().forEachRemaining(names::add);
            expected.fieldNames().forEachRemaining(names::add);
            names.forEach(n -> differences(actual.path(n), expected.path(n), path + "." + n, found));
        } else if (actual.isArray() && expected.isArray() && actual.size() == expected.size()) {
            for (int i = 0; i < actual.size(); i++) {
                differences(actual.get(i), expected.get(i), path + "[" + i + "]", found);
            }
        } else {
            found.add(path);
        }
    }

    private static JsonNode readJson(String path) {
        try {
            return Rendered.JSON.readTree(Repository.read(path));
        } catch (IOException e) {
            throw new AssertionError(path + " is not JSON", e);
        }
    }
}
