package org.centinela.intake.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.intake.People;
import org.centinela.intake.RandomSmsBodies;
import org.centinela.intake.SignedSms;
import org.centinela.intake.application.Directory;
import org.centinela.testing.ManagementInterface;
import org.centinela.testing.fuzz.Credential;
import org.centinela.testing.fuzz.FuzzFindings;
import org.centinela.testing.fuzz.FuzzRun;
import org.centinela.testing.fuzz.FuzzedRequest;
import org.centinela.testing.fuzz.LoopbackHttp;
import org.centinela.testing.fuzz.OpenApiOperations;
import org.centinela.testing.fuzz.Operation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Intake's API fuzzed through its OpenAPI document as a defender's device, a wrong token and no one; then the SMS
 * webhook sent random signed SMS from unknown numbers. Seeded and sized by {@code -Dfuzz.seed} and {@code -Dfuzz.size},
 * printed before and after each run. The rate limits are lifted, so that every request reaches what it fuzzes.
 */
@QuarkusTest
@TestProfile(IntakeFuzzTest.WithoutRateLimits.class)
class IntakeFuzzTest {

    /** No rate limit holds back a fuzz run's requests (nor its SMS, all from strangers). */
    public static class WithoutRateLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intake.rate.sms-per-sender-per-minute", "1000000",
                    "intake.rate.unknown-sms-per-minute", "1000000",
                    "intake.rate.api-per-device-per-minute", "1000000",
                    "intake.rate.api-per-second", "1000000");
        }
    }

    /** SMS of a run by default, as many as the outside run sent: about 40 s with {@link #SENDERS} senders. */
    private static final int SMS_SIZE = 10_000;
    private static final int FINDINGS_SHOWN = 20;
    /** SMS sent at once, as Twilio delivers a burst: the run takes a fraction of the time of one after another. */
    private static final int SENDERS = 8;

    @Inject
    Directory directory;
    @Inject
    PepperedHash hashes;
    @Inject
    DataSource dataSource;

    private Instant started;

    @BeforeEach
    void noteTheStart() {
        started = Instant.now().minusSeconds(1);
    }

    /**
     * The thousands of signals a run accepts stay in the outbox here (the tests relay nothing), but the integration
     * tests' instance shares this database and would relay them all to the broker, where the next services' tests
     * would have to wade through them: the run takes back what it wrote.
     */
    @AfterEach
    void forgetWhatTheRunAccepted() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM outbox_event WHERE created_at >= ?")) {
            delete.setTimestamp(1, Timestamp.from(started));
            delete.executeUpdate();
        }
    }

    @Test
    void theApiNeverBreaksWhetherSentWithHerDeviceTokenAWrongOneOrNone() {
        String defenderId = "def-" + UUID.randomUUID();
        directory.put(People.defender(hashes, defenderId, "+50255" + (100_000 + (int) (Math.random() * 899_999)), true));

        FuzzRun.against(base(), ManagementInterface.testUrl())
                .as(Credential.bearer("her device", People.deviceToken(defenderId)),
                        Credential.bearer("a wrong token", "made-up-device-token-0123456789abcdefghijklmnopqrstuv"),
                        Credential.anonymous())
                .answersOtherThanProblemJsonUnder("/twilio/")
                .tokenRequiredUnder("/api/")
                .example("POST /api/v1/sos", "{\"clientId\":\"" + UUID.randomUUID() + "\",\"text\":\"me siguen\","
                        + "\"location\":{\"lat\":14.6349,\"lon\":-90.5069,\"accuracyM\":12}}")
                .example("POST /api/v1/reports", "{\"clientId\":\"" + UUID.randomUUID() + "\",\"violenceType\":\"OTHER\","
                        + "\"perpetratorType\":\"UNKNOWN\",\"place\":\"zona 1\",\"narrative\":\"me amenazaron\"}")
                .example("POST /api/v1/checkins", "{\"clientId\":\"" + UUID.randomUUID() + "\",\"dueInMinutes\":30,"
                        + "\"note\":\"reunión en la zona 1\"}")
                .example("POST /api/v1/checkins/{id}/safe", "{\"pin\":\"" + People.PIN + "\"}")
                .assertNoFindings();
    }

    @Test
    void randomSignedSmsFromUnknownNumbersAreEachAnsweredWithTwiml() throws InterruptedException {
        long seed = Long.getLong(FuzzRun.SEED_PROPERTY, new SecureRandom().nextLong());
        int size = Integer.getInteger(FuzzRun.SIZE_PROPERTY, SMS_SIZE);
        String replay = "fuzz.seed=" + seed + " fuzz.size=" + size + " (replay with -Dtest=IntakeFuzzTest#"
                + "randomSignedSmsFromUnknownNumbersAreEachAnsweredWithTwiml -Dfuzz.seed=" + seed + " -Dfuzz.size=" + size + ")";
        Operation webhook = OpenApiOperations.of(URI.create(ManagementInterface.testUrl())).all().stream()
                .filter(operation -> operation.key().equals("POST " + TwilioSmsWebhook.PATH)).findFirst().orElseThrow();
        LoopbackHttp http = new LoopbackHttp(URI.create(base()), Duration.ofSeconds(10));
        FuzzFindings findings = new FuzzFindings(Set.of("/twilio/"), Set.of());
        List<String> notTwiml = Collections.synchronizedList(new ArrayList<>());
        RandomSmsBodies bodies = new RandomSmsBodies(seed);
        System.out.printf("Fuzzing %s with %d signed SMS from unknown numbers; %s%n", TwilioSmsWebhook.PATH, size, replay);
        long start = System.nanoTime();

        List<FuzzedRequest> requests = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            requests.add(signedSms(i, bodies.next()));
        }
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            senders.invokeAll(requests.stream().<Callable<Void>>map(request -> () -> {
                send(http, webhook, request, findings, notTwiml);
                return null;
            }).toList());
        } finally {
            senders.shutdown();
        }

        System.out.printf("Fuzzed %s: %d SMS in %d ms, answers by status %s, %d findings, %d not TwiML; %s%n",
                TwilioSmsWebhook.PATH, size, (System.nanoTime() - start) / 1_000_000, findings.statuses(),
                findings.all().size(), notTwiml.size(), replay);
        assertThat(findings.isEmpty()).as(() -> findings.all().size() + " findings; " + replay + ":\n"
                + findings.report(FINDINGS_SHOWN)).isTrue();
        assertThat(notTwiml).as("answers other than TwiML; " + replay).isEmpty();
    }

    /** Sends one SMS and checks its answer; the findings are shared by the senders. */
    private static void send(LoopbackHttp http, Operation webhook, FuzzedRequest request, FuzzFindings findings,
            List<String> notTwiml) {
        try {
            LoopbackHttp.Answer answer = http.send(request.method(), request.target(), request.headers(), request.body());
            synchronized (findings) {
                findings.check(webhook, Credential.anonymous(), request, answer);
            }
            if (!isTwimlOrTheRefusalOfATooLongBody(answer, request)) {
                notTwiml.add(answer.status() + " " + answer.contentType() + " to " + request);
            }
        } catch (IOException noAnswer) {
            synchronized (findings) {
                findings.unanswered(Credential.anonymous(), request, noAnswer);
            }
        }
    }

    /**
     * An SMS as Twilio posts it, from a number no one of the directory has, signed over the values the webhook will
     * decode (a lone surrogate arrives as the replacement character its bytes decode to).
     */
    private static FuzzedRequest signedSms(int index, String body) {
        String from = "+1555" + String.format("%07d", index);
        Map<String, String> sent = SignedSms.form(SignedSms.newSid(), from, body);
        StringJoiner encoded = new StringJoiner("&");
        sent.forEach((name, value) -> encoded.add(name + "=" + RandomSmsBodies.formEncoded(value)));
        Map<String, String> received = SignedSms.form(sent.get("MessageSid"), from,
                URLDecoder.decode(RandomSmsBodies.formEncoded(body), StandardCharsets.UTF_8));
        return new FuzzedRequest("POST " + TwilioSmsWebhook.PATH, "POST", TwilioSmsWebhook.PATH,
                Map.of("Content-Type", "application/x-www-form-urlencoded", "X-Twilio-Signature",
                        SignedSms.signature(received)),
                encoded.toString().getBytes(StandardCharsets.US_ASCII), "random SMS body #" + index);
    }

    /** TwiML, or the 400 problem of a body over the longest an SMS can be once decoded. */
    private static boolean isTwimlOrTheRefusalOfATooLongBody(LoopbackHttp.Answer answer, FuzzedRequest request) {
        if (answer.status() == 400) {
            return answer.contentType().startsWith("application/problem+json")
                    && decodedBody(request).length() > SignalReceived.MAX_TEXT_LENGTH;
        }
        return answer.status() == 200 && answer.contentType().startsWith("application/xml")
                && answer.body().startsWith("<?xml") && answer.body().contains("<Response");
    }

    private static String decodedBody(FuzzedRequest request) {
        String form = new String(request.body(), StandardCharsets.US_ASCII);
        String encoded = form.substring(form.indexOf("&Body=") + "&Body=".length());
        return URLDecoder.decode(encoded.substring(0, encoded.indexOf('&')), StandardCharsets.UTF_8);
    }

    private static String base() {
        return "http://127.0.0.1:" + RestAssured.port;
    }
}
