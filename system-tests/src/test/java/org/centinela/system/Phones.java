package org.centinela.system;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The phones of the people in a test, through the Twilio sandbox's control API (contract §3): what each
 * phone received, texting Centinela from a phone, pressing keys on a call, and faults of the carrier.
 */
public final class Phones {

    /** One SMS as the sandbox carried it. */
    public record Sms(String sid, String direction, String from, String to, String body, String status,
            Instant createdAt) {
        public Sms {
            Objects.requireNonNull(sid, "sid");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(createdAt, "createdAt");
        }

        static Sms of(Map<String, Object> json) {
            return new Sms((String) json.get("sid"), (String) json.get("direction"), (String) json.get("from"),
                    (String) json.get("to"), (String) json.get("body"), (String) json.get("status"),
                    Instant.parse((String) json.get("createdAt")));
        }

    }

    /** One call as the sandbox placed it: what was said, whether it waits for a key, the keys pressed. */
    public record Call(String sid, String to, String status, List<String> said, boolean waitsForKey,
            List<String> digits, Instant createdAt) {
        public Call {
            Objects.requireNonNull(sid, "sid");
            said = List.copyOf(said);
            digits = List.copyOf(digits);
            Objects.requireNonNull(createdAt, "createdAt");
        }

        @SuppressWarnings("unchecked")
        static Call of(Map<String, Object> json) {
            return new Call((String) json.get("sid"), (String) json.get("to"), (String) json.get("status"),
                    (List<String>) json.getOrDefault("say", List.of()),
                    "in-progress".equals(json.get("status")) && json.get("gather") != null,
                    (List<String>) json.getOrDefault("digits", List.of()), Instant.parse((String) json.get("createdAt")));
        }
    }

    /** What Centinela's SMS webhook answered a text: its HTTP status and TwiML. */
    public record Answer(int status, String twiml) {
    }

    private static final Duration POLL = Duration.ofMillis(100);

    private final String url;
    private String centinelaNumber;

    /** The phones of the sandbox at {@code url}, e.g. {@code http://127.0.0.1:8089} (make run). */
    public Phones(String url) {
        this.url = url;
    }

    /** Centinela's number, the one phones text. */
    public String centinelaNumber() {
        if (centinelaNumber == null) {
            centinelaNumber = sandbox().when().get("/sandbox/info").then().statusCode(200).extract()
                    .path("centinelaNumber");
        }
        return centinelaNumber;
    }

    /** {@code from} texts {@code body} to Centinela; the sandbox posts it, signed, to intake's webhook. */
    public Answer text(String from, String body) {
        Map<String, Object> answer = sandbox().body(Map.of("from", from, "to", centinelaNumber(), "body", body))
                .when().post("/sandbox/inbound-sms").then().statusCode(200).extract().jsonPath().getMap("$");
        return new Answer((Integer) answer.get("status"), (String) answer.get("body"));
    }

    /** Every SMS Centinela sent to {@code phone}, oldest first. */
    public List<Sms> smsTo(String phone) {
        return sandbox().queryParam("to", phone).when().get("/sandbox/messages").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$").stream().map(Sms::of).toList();
    }

    /** Every SMS the sandbox carried, both ways, oldest first. */
    public List<Sms> allSms() {
        return sandbox().when().get("/sandbox/messages").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$").stream().map(Sms::of).toList();
    }

    /** Every call placed to {@code phone}, oldest first. */
    public List<Call> callsTo(String phone) {
        return sandbox().queryParam("to", phone).when().get("/sandbox/calls").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$").stream().map(Call::of).toList();
    }

    /** Every call the sandbox placed, oldest first. */
    public List<Call> allCalls() {
        return sandbox().when().get("/sandbox/calls").then().statusCode(200).extract()
                .jsonPath().<Map<String, Object>>getList("$").stream().map(Call::of).toList();
    }

    /** The first SMS to {@code phone} that matches {@code wanted}, waiting up to {@code patience}. */
    public Sms awaitSms(String phone, Predicate<Sms> wanted, Duration patience) {
        return Eventually.get(() -> smsTo(phone).stream().filter(wanted).findFirst().orElse(null), patience,
                "an SMS to the phone");
    }

    /** The first call to {@code phone} that matches {@code wanted}, waiting up to {@code patience}. */
    public Call awaitCall(String phone, Predicate<Call> wanted, Duration patience) {
        return Eventually.get(() -> callsTo(phone).stream().filter(wanted).findFirst().orElse(null), patience,
                "a call to the phone");
    }

    /** Keys pressed on a call that waits for them; posted, signed, to its Gather action. */
    public Answer press(Call call, String digits) {
        Map<String, Object> answer = sandbox().body(Map.of("digits", digits)).when()
                .post("/sandbox/calls/" + call.sid() + "/digits").then().statusCode(200).extract().jsonPath()
                .getMap("$");
        return new Answer((Integer) answer.get("status"), (String) answer.get("body"));
    }

    /** The next {@code count} requests of {@code channel} (SMS or VOICE), to any number, fail as {@code mode} says. */
    public void fault(String channel, String mode, int count) {
        sandbox().body(Map.of("channel", channel, "mode", mode, "count", count)).when().post("/sandbox/faults")
                .then().statusCode(202);
    }

    /** The next {@code count} requests of {@code channel} to {@code phone} fail as {@code mode} says. */
    public void faultFor(String phone, String channel, String mode, int count) {
        sandbox().body(Map.of("channel", channel, "mode", mode, "count", count, "to", phone)).when()
                .post("/sandbox/faults").then().statusCode(202);
    }

    /**
     * Waits until the sandbox has carried nothing new for {@code still}: what earlier tests set going (reminders,
     * stand-downs, callbacks) is over before a test plans a fault that the next request must take.
     */
    public void awaitQuiet(Duration still, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        int seen = allSms().size() + allCalls().size();
        Instant quietSince = Instant.now();
        while (Duration.between(quietSince, Instant.now()).compareTo(still) < 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the sandbox never stayed quiet for " + still.toMillis() + " ms");
            }
            Eventually.pause(POLL);
            int now = allSms().size() + allCalls().size();
            if (now != seen) {
                seen = now;
                quietSince = Instant.now();
            }
        }
    }

    private RequestSpecification sandbox() {
        return given().baseUri(url).contentType(ContentType.JSON);
    }
}
