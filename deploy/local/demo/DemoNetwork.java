import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo network of {@code make run}, created through escalation's own API as an operator would:
 * Marta, a defender in Guatemala, her two trusted contacts, her organisation's protection unit, the
 * operators on duty, and the policy that wakes them up. Idempotent: a person already there (same
 * phone) is updated, groups and policies are simply put again.
 *
 * <p>Usage: {@code java DemoNetwork.java <escalation URL> <Keycloak realm URL>}. Prints what it made.
 */
public class DemoNetwork {

    record Person(String key, String name, String phone, String email, String language, List<String> channels,
            String username) {
    }

    static final List<Person> RESPONDERS = List.of(
            new Person("ana", "Ana", "+50255510001", "ana@example.org", "es", List.of("SMS", "VOICE"), "ana"),
            new Person("luis", "Luis", "+50255510002", null, "es", List.of("SMS", "VOICE"), null),
            new Person("rosa", "Rosa", "+50255510003", "rosa@example.org", "es", List.of("SMS", "EMAIL", "VOICE"), null),
            new Person("carmen", "Carmen", "+50255510004", "carmen@example.org", "es", List.of("EMAIL"), null),
            new Person("diego", "Diego", "+50255510005", "diego@example.org", "en", List.of("SMS", "EMAIL"), null),
            new Person("olga", "Olga (operadora de turno)", "+50255510009", "olga@example.org", "es",
                    List.of("SMS", "VOICE"), null));

    static final String MARTA_PHONE = "+50255500001";

    private final HttpClient http = HttpClient.newHttpClient();
    private final String escalation;
    private final String token;

    DemoNetwork(String escalation, String token) {
        this.escalation = escalation;
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: java DemoNetwork.java <escalation URL> <Keycloak realm URL>");
            System.exit(2);
        }
        DemoNetwork demo = new DemoNetwork(args[0], operatorToken(args[1]));
        Map<String, String> ids = new LinkedHashMap<>();
        for (Person person : RESPONDERS) {
            ids.put(person.key(), demo.responder(person));
        }
        demo.put("/api/v1/groups/confianza-marta", Map.of("name", "Contactos de confianza de Marta",
                "members", List.of(ids.get("ana"), ids.get("luis"))));
        demo.put("/api/v1/groups/unidad-proteccion", Map.of("name", "Unidad de protección",
                "members", List.of(ids.get("rosa"), ids.get("carmen"), ids.get("diego"))));
        demo.put("/api/v1/groups/operadores", Map.of("name", "Operadoras de turno", "members", List.of(ids.get("olga"))));
        demo.put("/api/v1/policies/gt-default", Map.of("name", "Guatemala (demo: minutos cortos)",
                "levels", List.of(
                        Map.of("name", "Contactos de confianza", "targets", List.of("group:confianza-marta"),
                                "channels", List.of("SMS", "VOICE"), "quorum", 1, "escalateAfter", "PT1M",
                                "repeatEvery", "PT30S", "brief", "ON_CONTACT"),
                        Map.of("name", "Unidad de protección", "targets", List.of("group:unidad-proteccion"),
                                "channels", List.of("SMS", "EMAIL", "VOICE"), "quorum", 2, "escalateAfter", "PT2M",
                                "repeatEvery", "PT1M", "brief", "ON_ACK")),
                // Her trusted contacts first, whatever the grade: each alert of hers in the last 30 days raises the next one's
                // score, so a drill played often would otherwise start at the protection unit.
                "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1)));
        String marta = demo.defender();
        System.out.println("demo network: defender Marta " + MARTA_PHONE + " (PIN 2468, duress PIN 1357, code word"
                + " GIRASOL, id " + marta + "); responders Ana " + RESPONDERS.get(0).phone() + " (Keycloak user ana),"
                + " Luis, Rosa, Carmen (e-mail only), Diego; operator on duty Olga; policy gt-default");
    }

    String responder(Person person) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", person.name());
        body.put("phone", person.phone());
        if (person.email() != null) {
            body.put("email", person.email());
        }
        body.put("language", person.language());
        body.put("channels", person.channels());
        if (person.username() != null) {
            body.put("username", person.username());
        }
        return save("/api/v1/responders", person.name(), person.phone(), body);
    }

    String defender() throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "Marta Xol Caal");
        body.put("alias", "Marta");
        body.put("organisation", "Colectiva Q'anil");
        body.put("phone", MARTA_PHONE);
        body.put("language", "es");
        body.put("country", "GT");
        body.put("policyId", "gt-default");
        body.put("pin", "2468");
        body.put("duressPin", "1357");
        body.put("codeWord", "girasol");
        body.put("baselineRisk", 2);
        return save("/api/v1/defenders", "Marta", MARTA_PHONE, body);
    }

    /** Creates the person, or updates the one who already has this phone number; her id. */
    String save(String collection, String name, String phone, Map<String, Object> body)
            throws IOException, InterruptedException {
        String existing = send("GET", collection + "?search=" + URLEncoder.encode(name, StandardCharsets.UTF_8), null);
        Matcher item = Pattern.compile("\\{\"id\":\"([^\"]+)\"[^{}]*\"phone\":\"" + Pattern.quote(phone) + "\"")
                .matcher(existing);
        if (item.find()) {
            send("PUT", collection + "/" + item.group(1), body);
            return item.group(1);
        }
        return field(send("POST", collection, body), "id");
    }

    void put(String path, Map<String, Object> body) throws IOException, InterruptedException {
        send("PUT", path, body);
    }

    String send(String method, String path, Map<String, Object> body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(escalation + path))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json(body)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    static String operatorToken(String realm) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=password&client_id=centinela-cli&username=operadora&password=operadora"))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak refused the operator's token: " + response.statusCode());
        }
        return field(response.body(), "access_token");
    }

    static String field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + name + " in the answer");
        }
        return matcher.group(1);
    }

    /** Maps, lists, strings and numbers as JSON: all the demo needs. */
    static String json(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((key, item) -> out.append(out.length() > 1 ? "," : "").append(json(key)).append(':')
                    .append(json(item)));
            return out.append('}').toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            list.forEach(item -> out.append(out.length() > 1 ? "," : "").append(json(item)));
            return out.append(']').toString();
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "\"" + value.toString().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
