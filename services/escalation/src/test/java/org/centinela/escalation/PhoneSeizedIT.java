package org.centinela.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Phone seized" mode on the packaged app, the real broker, database and Keycloak: marked by an operator or by the
 * PHONE_SEIZED signal of her code word, it reaches {@code directory.people} without her devices, tells the person her
 * alert contacted once, refuses a cancel from her phone, and is cleared only with how she was verified.
 */
@QuarkusIntegrationTest
class PhoneSeizedIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LiveNetwork network;
    private String ana;
    private String policy;

    @BeforeEach
    void aNetwork() {
        LiveNetwork.forgetPendingSteps();
        network = new LiveNetwork("http://127.0.0.1:" + RestAssured.port);
        ana = network.responder("Ana", "SMS");
        policy = network.policy(network.group("trusted", ana), 1, "PT10M", null, network.group("unit", ana), 1,
                "PT10M");
    }

    private ValidatableResponse phoneSeized(String defenderId, Map<String, ?> body) {
        return network.api().body(body).when().put("/api/v1/defenders/" + defenderId + "/phone-seized").then();
    }

    private static PersonSnapshot snapshot(String defenderId, Instant since, Predicate<PersonSnapshot> until) {
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.DIRECTORY_PEOPLE, since)
                .until(record -> defenderId.equals(record.key()) && record.value() != null
                        && until.test(EventJson.read(record.value(), PersonSnapshot.class)), PATIENCE);
        return EventJson.read(seen.get(seen.size() - 1).value(), PersonSnapshot.class);
    }

    private static NotificationRequested request(Instant since, Predicate<NotificationRequested> until) {
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.NOTIFICATIONS_REQUESTED, since)
                .until(record -> until.test(EventJson.read(record.value(), NotificationRequested.class)), PATIENCE);
        return EventJson.read(seen.get(seen.size() - 1).value(), NotificationRequested.class);
    }

    /** Her SOS, and the alert it opened (its first request to Ana). */
    private UUID alertOf(String defenderId) {
        Instant sent = Instant.now();
        LiveNetwork.publish(LiveNetwork.panic(defenderId, Grade.HIGH));
        return request(sent, r -> r.personId().equals(ana) && r.purpose() == NotificationPurpose.ALERT).alertId();
    }

    /** A code word no other defender has: letters only, so that the SMS grammar reads it as one word. */
    static String codeWord() {
        return "colibri" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .collect(Collectors.joining());
    }

    private static SignalAssessed assessed(String defenderId, SignalType type) {
        return new SignalAssessed(UUID.randomUUID(), defenderId, true, type, SignalSource.SMS, Instant.now(), 0, null,
                1, List.of(), false, null, null, null);
    }

    @Test
    void anOperatorMarksItHerSnapshotHasNoDeviceHerNetworkIsToldOnceAndItIsClearedOnlyWithAVerification() {
        String marta = network.defender("Marta", policy);
        network.api().when().post("/api/v1/defenders/" + marta + "/devices").then().statusCode(201);
        UUID alertId = alertOf(marta);

        Instant marked = Instant.now();
        String since = phoneSeized(marta, Map.of("seized", true)).statusCode(200)
                .body("seized", equalTo(true)).body("since", notNullValue()).extract().path("since");

        PersonSnapshot seized = snapshot(marta, marked, PersonSnapshot::phoneSeized);
        assertThat(seized.deviceTokenHashes()).isEmpty();
        NotificationRequested told = request(marked, r -> r.alertId().equals(alertId)
                && r.purpose() == NotificationPurpose.PHONE_SEIZED);
        assertThat(told.personId()).isEqualTo(ana);
        phoneSeized(marta, Map.of("seized", true)).statusCode(200).body("since", equalTo(since));
        network.api().when().get("/api/v1/alerts/" + alertId).then().statusCode(200)
                .body("timeline.findAll { it.type == 'PHONE_SEIZED' }.size()", equalTo(1))
                .body("timeline.findAll { it.type == 'NOTIFICATION_REQUESTED' && it.detail.startsWith('PHONE_SEIZED') }"
                        + ".size()", equalTo(1));

        phoneSeized(marta, Map.of("seized", false)).statusCode(422).body("errors.field", contains("verification"));
        Instant cleared = Instant.now();
        phoneSeized(marta, Map.of("seized", false, "verification", "video call with her, she showed her ID"))
                .statusCode(200).body("seized", equalTo(false)).body("since", nullValue());

        snapshot(marta, cleared, snapshot -> !snapshot.phoneSeized());
        network.api().when().get("/api/v1/defenders/" + marta).then().statusCode(200)
                .body("phoneSeized", equalTo(false)).body("phoneSeizedSince", nullValue());
    }

    @Test
    void herCodeWordMarksItAndThenACancelFromHerPhoneChangesNothing() {
        String marta = network.defender(Map.of("name", "Marta", "policyId", policy,
                "seizedCodeWord", codeWord()));
        UUID alertId = alertOf(marta);

        LiveNetwork.publish(assessed(marta, SignalType.PHONE_SEIZED));
        await().atMost(PATIENCE).untilAsserted(() -> network.api().when().get("/api/v1/defenders/" + marta).then()
                .statusCode(200).body("phoneSeized", equalTo(true)).body("hasSeizedCodeWord", equalTo(true)));
        LiveNetwork.publish(assessed(marta, SignalType.CANCEL));

        await().atMost(PATIENCE).untilAsserted(() -> network.api().when().get("/api/v1/alerts/" + alertId).then()
                .statusCode(200)
                .body("timeline.type", hasItem("PHONE_SEIZED"))
                .body("timeline[-1].type", equalTo("RESPONSE_IGNORED")));
        network.api().when().get("/api/v1/alerts/" + alertId).then().statusCode(200).body("state", equalTo("OPEN"));
        network.api().when().get("/api/v1/audit-log?limit=200").then().statusCode(200)
                .body("entries.findAll { it.subject == 'defender:" + marta + "' && it.action == 'MARK_PHONE_SEIZED' }"
                        + ".actor", contains("defender's code word"));
    }
}
