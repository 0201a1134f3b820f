package org.centinela.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import org.centinela.testing.LocalKeycloak;

/** Alerts as an operator reads and answers them: escalation's alerts API with a real Keycloak token. */
public final class Alerts {

    /** One line of an alert's timeline. */
    public record Entry(Instant at, String type, String detail) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(type, "type");
        }
    }

    /** An acknowledgement: who, and by which channel. */
    public record Ack(String responderId, String channel) {
    }

    /** An alert as {@code GET /api/v1/alerts/{id}} shows it. */
    public record Alert(String id, String code, String defenderId, String state, String grade, int level,
            boolean verifiedSender, Instant openedAt, List<Ack> acks, List<Entry> timeline) {
        public Alert {
            Objects.requireNonNull(id, "id");
            acks = List.copyOf(acks);
            timeline = List.copyOf(timeline);
        }

        @SuppressWarnings("unchecked")
        static Alert of(Map<String, Object> json) {
            List<Map<String, Object>> acks = (List<Map<String, Object>>) json.getOrDefault("acks", List.of());
            List<Map<String, Object>> timeline = (List<Map<String, Object>>) json.getOrDefault("timeline", List.of());
            return new Alert((String) json.get("id"), (String) json.get("code"), (String) json.get("defenderId"),
                    (String) json.get("state"), (String) json.get("grade"), ((Number) json.get("level")).intValue(),
                    Boolean.TRUE.equals(json.get("verifiedSender")), Instant.parse((String) json.get("openedAt")),
                    acks.stream().map(ack -> new Ack((String) ack.get("responderId"), (String) ack.get("channel")))
                            .toList(),
                    timeline.stream().map(entry -> new Entry(Instant.parse((String) entry.get("at")),
                            (String) entry.get("type"), (String) entry.get("detail"))).toList());
        }

        /** Whether the timeline has, in this order (others between them), a line starting with each of these. */
        public boolean tellsInOrder(String... starts) {
            int next = 0;
            for (Entry entry : timeline) {
                if (next < starts.length && (entry.type() + ": " + entry.detail()).startsWith(starts[next])) {
                    next++;
                }
            }
            return next == starts.length;
        }

        /** The timeline as text, one "TYPE: detail" line per entry. */
        public String told() {
            return String.join("\n", timeline.stream().map(entry -> entry.type() + ": " + entry.detail()).toList());
        }

        /** The timeline's lines of {@code type}. */
        public List<Entry> entries(String type) {
            return timeline.stream().filter(entry -> entry.type().equals(type)).toList();
        }
    }

    private final String escalation;
    private final String token = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);

    public Alerts(Centinela centinela) {
        this(centinela.url(Centinela.Service.ESCALATION));
    }

    /** The alerts of the escalation at {@code url}, e.g. {@code http://127.0.0.1:8083} (make run). */
    public Alerts(String escalation) {
        this.escalation = escalation;
    }

    /** Every alert of a defender, newest first. */
    public List<Alert> of(String defenderId) {
        return operator().queryParam("defenderId", defenderId).queryParam("size", 100).when().get("/api/v1/alerts")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("$").stream()
                .map(Alert::of).toList();
    }

    /** The newest alerts of every defender, newest first (one page of 100). */
    public List<Alert> latest() {
        return operator().queryParam("size", 100).when().get("/api/v1/alerts").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$").stream().map(Alert::of).toList();
    }

    public Alert get(String alertId) {
        return Alert.of(operator().when().get("/api/v1/alerts/" + alertId).then().statusCode(200).extract()
                .jsonPath().getMap("$"));
    }

    /** The defender's alert once it matches {@code wanted}. */
    public Alert awaitOf(String defenderId, Predicate<Alert> wanted, Duration patience) {
        return Eventually.get(() -> of(defenderId).stream().filter(wanted).findFirst().orElse(null), patience,
                "alert of the defender in the state expected");
    }

    /** The alert once it matches {@code wanted}. */
    public Alert await(String alertId, Predicate<Alert> wanted, Duration patience) {
        return Eventually.get(() -> {
            Alert alert = get(alertId);
            return wanted.test(alert) ? alert : null;
        }, patience, "alert in the state expected");
    }

    /** The alert's brief as an operator reads it ({@code GET /api/v1/alerts/{id}/brief}). */
    public JsonPath brief(String alertId) {
        return operator().when().get("/api/v1/alerts/" + alertId + "/brief").then().statusCode(200).extract()
                .jsonPath();
    }

    /** The operator's decision on an alert held for triage (ATTACH, OPEN, DISMISS); the alert as it is then. */
    public Alert triage(String alertId, Map<String, Object> decision) {
        return Alert.of(operator().body(decision).when().post("/api/v1/alerts/" + alertId + "/triage").then()
                .statusCode(200).extract().jsonPath().getMap("$"));
    }

    /**
     * The operator resolves the alert (through the API, as the console would), so that it stops escalating; she
     * always says how she verified the defender, which an alert after a duress signal requires.
     */
    public void resolve(String alertId) {
        operator().body(Map.of("kind", "RESOLVE", "verification", "system test"))
                .when().post("/api/v1/alerts/" + alertId + "/responses").then().statusCode(202);
    }

    private RequestSpecification operator() {
        return given().baseUri(escalation).auth().oauth2(token).contentType(ContentType.JSON).accept(ContentType.JSON);
    }
}
