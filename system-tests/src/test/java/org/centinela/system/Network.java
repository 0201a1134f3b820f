package org.centinela.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.oneOf;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.centinela.testing.LocalKeycloak;

/**
 * A defender's network made for one test, as an operator makes it: through escalation's API with a real
 * Keycloak token. Phones and e-mail addresses are unique to the test; every policy has durations of seconds.
 */
public final class Network {

    /** A responder of the network, as her phone and mailbox know her. */
    public record Responder(String id, String name, String phone, String email) {
        public Responder {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(phone, "phone");
        }
    }

    /** A defender, her PINs, and the device of her app: its id and its token. */
    public record Defender(String id, String phone, String pin, String duressPin, String deviceId,
            String deviceToken) {
        public Defender {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(phone, "phone");
        }
    }

    /**
     * One level of a policy: who (groups), how (channels), how many must answer, when it moves on, and when its
     * people are sent the alert's brief ({@code brief}: ON_CONTACT, ON_ACK, NEVER; null for escalation's default).
     */
    public record Level(List<String> groups, List<String> channels, int quorum, Duration escalateAfter,
            Duration repeatEvery, String brief) {
        public Level {
            if (groups.isEmpty() || channels.isEmpty()) {
                throw new IllegalArgumentException("a level reaches at least one group on at least one channel");
            }
            if (quorum < 1) {
                throw new IllegalArgumentException("quorum must be at least 1, was " + quorum);
            }
            groups = List.copyOf(groups);
            channels = List.copyOf(channels);
            Objects.requireNonNull(escalateAfter, "escalateAfter");
        }

        public static Level of(String group, int quorum, Duration escalateAfter, Duration repeatEvery, String... channels) {
            return new Level(List.of(group), List.of(channels), quorum, escalateAfter, repeatEvery, null);
        }

        /** The same level, sending the brief as {@code rule} says. */
        public Level withBrief(String rule) {
            return new Level(groups, channels, quorum, escalateAfter, repeatEvery, rule);
        }
    }

    public static final String PIN = "2468";
    public static final String DURESS_PIN = "1357";
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    /** Phones of this run: +502 5xxx xxxx, a prefix per run and a counter per person. */
    private static final int RUN_PREFIX = ThreadLocalRandom.current().nextInt(100, 1000);

    private final String escalation;
    private final String intake;
    private final String token = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public Network(Centinela centinela) {
        this.escalation = centinela.url(Centinela.Service.ESCALATION);
        this.intake = centinela.url(Centinela.Service.INTAKE);
    }

    public Responder responder(String name, String... channels) {
        return withLogin(name, null, channels);
    }

    /** A responder who logs in to Keycloak as {@code username}. */
    public Responder withLogin(String name, String username, String... channels) {
        String phone = uniquePhone();
        String email = name.toLowerCase().replaceAll("[^a-z]", "") + "-" + suffix + "-" + PEOPLE.get() + "@example.org";
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "phone", phone, "email", email,
                "language", "es", "channels", List.of(channels)));
        if (username != null) {
            body.put("username", username);
        }
        String id = operator().body(body).when().post("/api/v1/responders").then().statusCode(201).extract().path("id");
        return new Responder(id, name, phone, email);
    }

    /** A group of these responders; its id. */
    public String group(String name, Responder... members) {
        String id = name + "-" + suffix;
        operator().body(Map.of("name", name, "members", Arrays.stream(members).map(Responder::id).toList()))
                .when().put("/api/v1/groups/" + id).then().statusCode(oneOf(200, 201));
        return id;
    }

    /** A policy of these levels: HIGH and below start at level 1, CRITICAL at the last level; its id. */
    public String policy(Level... levels) {
        String id = "system-" + suffix + "-" + PEOPLE.incrementAndGet();
        List<Map<String, Object>> definitions = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            Level level = levels[i];
            Map<String, Object> definition = new LinkedHashMap<>(Map.of("name", "Level " + (i + 1),
                    "targets", level.groups().stream().map(group -> "group:" + group).toList(),
                    "channels", level.channels(), "quorum", level.quorum(),
                    "escalateAfter", level.escalateAfter().toString()));
            if (level.repeatEvery() != null) {
                definition.put("repeatEvery", level.repeatEvery().toString());
            }
            if (level.brief() != null) {
                definition.put("brief", level.brief());
            }
            definitions.add(definition);
        }
        operator().body(Map.of("name", "System test " + id, "levels", definitions,
                        "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", levels.length)))
                .when().put("/api/v1/policies/" + id).then().statusCode(oneOf(200, 201));
        return id;
    }

    /**
     * A defender following {@code policyId}, with PIN 2468, duress PIN 1357 and a device; returned once intake
     * knows her, so that her first SMS is never taken for an unknown number's.
     */
    public Defender defender(String name, String policyId) {
        return defender(name, null, null, policyId);
    }

    /** A defender whose network knows her as {@code alias}, of {@code organisation} (either may be null). */
    public Defender defender(String name, String alias, String organisation, String policyId) {
        Map<String, Object> more = new LinkedHashMap<>();
        if (alias != null) {
            more.put("alias", alias);
        }
        if (organisation != null) {
            more.put("organisation", organisation);
        }
        return defender(name, policyId, more);
    }

    /** A defender with {@code more} fields of the defender's draft (a {@code seizedCodeWord}, say). */
    public Defender defender(String name, String policyId, Map<String, Object> more) {
        String phone = uniquePhone();
        Map<String, Object> body = new LinkedHashMap<>(Map.of("name", name, "phone", phone, "language", "es",
                "country", "GT", "policyId", policyId, "pin", PIN, "duressPin", DURESS_PIN, "baselineRisk", 0));
        body.putAll(more);
        String id = operator().body(body)
                .when().post("/api/v1/defenders").then().statusCode(201).extract().path("id");
        Map<String, String> device = operator().when().post("/api/v1/defenders/" + id + "/devices").then()
                .statusCode(201).extract().jsonPath().getMap("$", String.class, String.class);
        Defender defender = new Defender(id, phone, PIN, DURESS_PIN, device.get("deviceId"), device.get("deviceToken"));
        awaitKnownToIntake(defender);
        return defender;
    }

    /** Her devices as escalation lists them: {@code id}, {@code enrolledAt}, {@code lastUsedAt}. */
    public List<Map<String, Object>> devices(Defender defender) {
        return operator().when().get("/api/v1/defenders/" + defender.id() + "/devices").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    /** An operator revokes one of her devices. */
    public void revokeDevice(Defender defender, String deviceId) {
        operator().when().delete("/api/v1/defenders/" + defender.id() + "/devices/" + deviceId).then()
                .statusCode(204);
    }

    /** An operator marks her phone seized; the mode as escalation answers it. */
    public Map<String, Object> markPhoneSeized(Defender defender) {
        return operator().body(Map.of("seized", true)).when().put("/api/v1/defenders/" + defender.id()
                + "/phone-seized").then().statusCode(200).extract().jsonPath().getMap("$");
    }

    /** An operator clears the mode saying how she verified her ({@code verification} may be null); the status. */
    public int clearPhoneSeized(Defender defender, String verification) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("seized", false));
        if (verification != null) {
            body.put("verification", verification);
        }
        return operator().body(body).when().put("/api/v1/defenders/" + defender.id() + "/phone-seized").then()
                .extract().statusCode();
    }

    /** Whether escalation has her in "phone seized" mode. */
    public boolean phoneSeized(Defender defender) {
        return Boolean.TRUE.equals(operator().when().get("/api/v1/defenders/" + defender.id()).then()
                .statusCode(200).extract().path("phoneSeized"));
    }

    /** The status intake answers her app's panic button with, by the token of {@code defender}'s device. */
    public int appSosStatus(Defender defender) {
        return given().baseUri(intake).auth().oauth2(defender.deviceToken()).contentType(ContentType.JSON)
                .body(Map.of("clientId", UUID.randomUUID().toString())).when().post("/api/v1/sos").statusCode();
    }

    /**
     * Intake learns people from {@code directory.people}. Her device's token is the last thing published about
     * her, so once intake recognises it (closing a check-in that does not exist: 404, not 401), it knows her phone.
     */
    private void awaitKnownToIntake(Defender defender) {
        String nowhere = "/api/v1/checkins/" + UUID.randomUUID() + "/safe";
        Eventually.get(() -> {
            int status = given().baseUri(intake).auth().oauth2(defender.deviceToken()).contentType(ContentType.JSON)
                    .body(Map.of("pin", "0000")).when().post(nowhere).statusCode();
            return status == 401 ? null : status;
        }, Duration.ofSeconds(20), "sign that intake knows the new defender");
    }

    /**
     * Her app's panic button (a new press, or a location update while her alert is open: the same request again
     * with a new client id), with her words and where she is (either may be null); the signal's id.
     */
    public String appSos(Defender defender, String text, Double lat, Double lon) {
        Map<String, Object> body = new LinkedHashMap<>(Map.of("clientId", UUID.randomUUID().toString()));
        if (text != null) {
            body.put("text", text);
        }
        if (lat != null) {
            body.put("location", Map.of("lat", lat, "lon", lon, "accuracyM", 15));
        }
        return given().baseUri(intake).auth().oauth2(defender.deviceToken()).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/sos").then().statusCode(202).extract().path("signalId");
    }

    RequestSpecification operator() {
        return given().baseUri(escalation).auth().oauth2(token).contentType(ContentType.JSON)
                .accept(ContentType.JSON);
    }

    /** A phone number of this run that nobody in the directory has. */
    public static String unenrolledPhone() {
        return uniquePhone();
    }

    private static String uniquePhone() {
        return String.format("+5025%03d%04d", RUN_PREFIX, PEOPLE.incrementAndGet());
    }
}
