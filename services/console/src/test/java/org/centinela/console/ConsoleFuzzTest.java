package org.centinela.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import org.junit.jupiter.api.Test;

/**
 * Every route of the console, asked with random and malformed query parameters and forms, as an operator and as
 * no one. Whatever is asked, no answer is a 5xx but a 502 (no service answers in these tests, so a request the
 * console passes on comes back as 502, as when escalation is down) and none shows a stack trace; without a session,
 * every page but the public ones answers only with the sign-in (a redirect to Keycloak, or 401). Replay a run with
 * the seed it prints: {@code -Dfuzz.seed=… -Dfuzz.size=…} (requests per kind of caller, 200 by default).
 */
@QuarkusTest
class ConsoleFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", System.nanoTime());
    private static final int SIZE = Integer.getInteger("fuzz.size", 200);
    private static final String ALERT = "6f1c2a8e-3b5d-4c7e-9a10-2b3c4d5e6f70";

    /** The console's routes as its resources declare them; {id} and {deviceId} are filled in at random. */
    private static final List<Route> ROUTES = List.of(
            Route.get("/", List.of()), Route.get("/board", List.of()), Route.get("/board/rows", List.of()),
            Route.get("/alerts/{alert}", List.of("answered", "triaged", "who")),
            Route.get("/alerts/{alert}/live", List.of()),
            Route.post("/alerts/{alert}/triage", List.of("action", "defenderId", "policyId", "name", "reason", "who")),
            Route.post("/alerts/{alert}/answer", List.of("kind", "verification")),
            Route.get("/audit", List.of("before")),
            Route.get("/documentation", List.of("counted", "month", "violence", "perpetrator", "country")),
            Route.get("/documentation.csv", List.of("counted", "month", "violence", "perpetrator", "country")),
            Route.get("/network", List.of()),
            Route.get("/network/responders", List.of("search", "offset", "removed")),
            Route.get("/network/responders/new", List.of()),
            Route.get("/network/responders/{id}", List.of("saved")),
            Route.post("/network/responders", List.of("name", "phone", "email", "language", "channels", "username")),
            Route.post("/network/responders/{id}", List.of("name", "phone", "email", "language", "channels")),
            Route.get("/network/defenders", List.of("search", "offset", "removed")),
            Route.get("/network/defenders/new", List.of()),
            Route.get("/network/defenders/{id}", List.of("saved", "done")),
            Route.post("/network/defenders", List.of("name", "alias", "phone", "language", "country", "policyId",
                    "baselineRisk", "smsReplies", "pin", "duressPin", "codeWord")),
            Route.post("/network/defenders/{id}", List.of("name", "phone", "baselineRisk", "removeCodeWord")),
            Route.get("/network/groups", List.of("search", "offset", "removed")),
            Route.get("/network/groups/new", List.of()),
            Route.get("/network/groups/{id}", List.of("saved")),
            Route.post("/network/groups", List.of("groupId", "name", "members")),
            Route.post("/network/groups/{id}", List.of("name", "members")),
            Route.get("/network/responders/{id}/remove", List.of()),
            Route.post("/network/defenders/{id}/remove", List.of()),
            Route.post("/network/defenders/{id}/devices", List.of()),
            Route.get("/network/defenders/{id}/devices/{id}/revoke", List.of()),
            Route.post("/network/defenders/{id}/devices/{id}/revoke", List.of()),
            Route.get("/network/defenders/{id}/devices/revoke-all", List.of()),
            Route.post("/network/defenders/{id}/devices/revoke-all", List.of()),
            Route.get("/network/defenders/{id}/phone-seized", List.of()),
            Route.post("/network/defenders/{id}/phone-seized", List.of()),
            Route.post("/network/defenders/{id}/phone-seized/clear", List.of("verification")),
            Route.get("/policies", List.of()), Route.get("/policies/new", List.of()),
            Route.get("/policies/{id}", List.of("saved")),
            Route.post("/policies", List.of("id", "name", "action", "level0.delay", "level0.groups")),
            Route.post("/policies/{id}", List.of("name", "action", "level0.delay")),
            Route.get("/risk", List.of("saved")),
            Route.post("/risk", List.of("base", "lexicons.es")),
            Route.post("/risk/try", List.of("type", "text")),
            Route.get("/language", List.of("to", "back")),
            Route.get("/signed-out", List.of()));

    /** What anyone may open without a session. */
    private static final Set<String> PUBLIC = Set.of("/language", "/signed-out");

    @Test
    @TestSecurity(user = "ana", roles = "operator")
    void anOperatorNeverGetsAServerErrorNorATrace() {
        run("operator", Integer.MAX_VALUE, answer -> { });
    }

    @Test
    void noOneWithoutASessionGetsAnythingButTheSignIn() {
        // Without a session the sign-in is answered before the body is read, and the connection closed on the rest of
        // it: the forms are cut short enough to be sent whole.
        run("no one", 4_096, answer -> {
            if (!PUBLIC.contains(answer.route().path())) {
                // 414: the HTTP layer refuses a request line longer than it reads, before anything else.
                assertThat(answer.status()).as(answer.toString()).isIn(302, 401, 414);
                if (answer.status() == 302) {
                    assertThat(answer.response().header("Location")).as(answer.toString())
                            .contains("/protocol/openid-connect/auth");
                }
            }
        });
    }

    private static void run(String who, int longestForm, java.util.function.Consumer<Answer> check) {
        System.out.printf("Console fuzz as %s: -Dfuzz.seed=%d -Dfuzz.size=%d%n", who, SEED, SIZE);
        Random random = new Random(SEED);
        for (int i = 0; i < SIZE; i++) {
            Route route = ROUTES.get(random.nextInt(ROUTES.size()));
            String path = route.path().replace("{alert}", random.nextInt(4) == 0 ? segment(random) : ALERT)
                    .replace("{id}", random.nextBoolean() ? "d-1" : segment(random));
            String query = encoded(random, route.post() ? List.of() : route.fields(), false);
            String request = query.isEmpty() ? path : path + "?" + query;
            var spec = given().redirects().follow(false).urlEncodingEnabled(false)
                    .header("Accept-Language", random.nextBoolean() ? "es" : "en");
            String form = encoded(random, route.fields(), true);
            Response response;
            try {
                response = route.post()
                        ? spec.contentType("application/x-www-form-urlencoded")
                                .body(form.substring(0, Math.min(form.length(), longestForm))).post(request)
                        : spec.get(request);
            } catch (Exception closed) { // RestAssured throws the socket's own exception unchecked
                // The HTTP layer may answer (a sign-in redirect, a 414) and close the connection before the client
                // has written all of a long request: nothing was served, which is what is checked.
                assertThat(closed instanceof SocketException || closed.getCause() instanceof SocketException)
                        .as("request %d to %s: %s", i, route.path(), closed).isTrue();
                continue;
            }
            Answer answer = new Answer(i, route, request, response);
            assertThat(answer.status() < 500 || answer.status() == 502).as(answer.toString()).isTrue();
            assertThat(response.asString()).as(answer.toString()).doesNotContain("Exception", "\tat ", "at org.");
            check.accept(answer);
        }
    }

    /**
     * The fields of a query or form: some of the route's, some random, each with a random value; a form's sometimes
     * percent-encoded wrongly (the HTTP client sends no such query).
     */
    private static String encoded(Random random, List<String> fields, boolean form) {
        StringJoiner joined = new StringJoiner("&");
        List<String> names = new ArrayList<>(fields);
        String extra = value(random);
        if (random.nextInt(4) == 0 && !extra.isEmpty()) {
            names.add(extra);
        }
        for (String name : names) {
            if (random.nextInt(5) > 0) {
                joined.add(encode(name) + "=" + (form && random.nextInt(12) == 0 ? MALFORMED.get(random.nextInt(
                        MALFORMED.size())) : encode(value(random))));
            }
        }
        if (form && random.nextInt(40) == 0) {
            for (int i = 0; i < 1_001; i++) {
                joined.add("f" + i + "=x");
            }
        }
        return joined.toString();
    }

    /** Percent-encodings that decode to nothing, or to a NUL. */
    private static final List<String> MALFORMED = List.of("%", "%zz", "%E0%A4%A", "%00", "a%0", "%C0%80", "%FF%FE");

    private static final List<String> VALUES = List.of("", " ", "0", "-1", "2147483648", "99999999999999999999", "1.5",
            "abc", "true", "null", "ES", "en", "PANIC", "ATTACH", "OPEN", "DISMISS", "ACK", "2026-12", "+50255501234",
            "\0", "a\0b", "\uD800", "\uDC00x", "<script>alert(1)</script>", "{{me}}", "../../etc/passwd", "//evil.example",
            "/board?x=1", "'; drop table x; --", "Doña Rosa 🌻", ALERT, "\r\nSet-Cookie: x=1");

    private static String value(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> "a".repeat(random.nextInt(20_000));
            case 1 -> randomText(random);
            default -> VALUES.get(random.nextInt(VALUES.size()));
        };
    }

    /** A path segment: any short value, percent-encoded. */
    private static String segment(Random random) {
        String value = random.nextBoolean() ? randomText(random) : VALUES.get(random.nextInt(VALUES.size()));
        return encode(value).replace("+", "%20");
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(40); i > 0; i--) {
            text.append((char) random.nextInt(0x3000));
        }
        return text.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private record Route(boolean post, String path, List<String> fields) {
        static Route get(String path, List<String> query) {
            return new Route(false, path, query);
        }

        static Route post(String path, List<String> form) {
            return new Route(true, path, form);
        }
    }

    private record Answer(int number, Route route, String request, Response response) {
        int status() {
            return response.statusCode();
        }

        @Override
        public String toString() {
            String shown = request.length() > 300 ? request.substring(0, 300) + "…" : request;
            return "#" + number + " " + (route.post() ? "POST " : "GET ") + shown + " -> " + status();
        }
    }
}
