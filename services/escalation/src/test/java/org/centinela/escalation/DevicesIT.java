package org.centinela.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.directory.DeviceId;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.testing.LocalKeycloak;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The devices of a defender's panic app on the packaged app, the real broker and Keycloak: enrolled side by side,
 * listed, revoked one by one and all at once, each revocation on {@code directory.people}; marked used by the
 * signals they send; for operators only.
 */
@QuarkusIntegrationTest
class DevicesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LiveNetwork network;
    private String marta;

    @BeforeEach
    void aDefender() {
        network = new LiveNetwork("http://127.0.0.1:" + RestAssured.port);
        String ana = network.responder("Ana", "SMS");
        String policy = network.policy(network.group("trusted", ana), 1, "PT10M", null, network.group("unit", ana),
                1, "PT10M");
        marta = network.defender("Marta", policy);
    }

    private String devices() {
        return "/api/v1/defenders/" + marta + "/devices";
    }

    private String enrol() {
        return network.api().when().post(devices()).then().statusCode(201)
                .body("deviceId", matchesPattern("[0-9a-f-]{36}"))
                .body("deviceToken", matchesPattern("[A-Za-z0-9_-]{43}"))
                .extract().path("deviceId");
    }

    /** Her snapshots on directory.people since {@code since}, until one whose devices are {@code deviceIds}. */
    private static PersonSnapshot snapshotWith(String defenderId, Instant since, List<UUID> deviceIds) {
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.DIRECTORY_PEOPLE, since)
                .until(record -> defenderId.equals(record.key()) && record.value() != null
                        && idsOf(EventJson.read(record.value(), PersonSnapshot.class)).equals(deviceIds), PATIENCE);
        return EventJson.read(seen.get(seen.size() - 1).value(), PersonSnapshot.class);
    }

    private static List<UUID> idsOf(PersonSnapshot snapshot) {
        return snapshot.deviceTokenHashes().stream().map(DeviceId::of).toList();
    }

    @Test
    void anOperatorListsHerDevicesRevokesOneThenAllAndIntakeLearnsEachRevocation() {
        String first = enrol();
        String second = enrol();
        network.api().when().get(devices()).then().statusCode(200)
                .body("id", contains(first, second))
                .body("enrolledAt", everyItem(notNullValue()))
                .body("lastUsedAt", everyItem(nullValue()));

        Instant revoked = Instant.now();
        network.api().when().delete(devices() + "/" + first).then().statusCode(204);

        assertThat(snapshotWith(marta, revoked, List.of(UUID.fromString(second))).phoneSeized()).isFalse();
        network.api().when().get(devices()).then().statusCode(200).body("id", contains(second));
        network.api().when().delete(devices() + "/" + first).then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        network.api().when().delete(devices() + "/not-a-device").then().statusCode(404)
                .contentType(containsString("application/problem+json"));

        Instant all = Instant.now();
        network.api().when().delete(devices()).then().statusCode(204);

        snapshotWith(marta, all, List.of());
        network.api().when().get(devices()).then().statusCode(200).body("$", empty());
        network.api().when().get("/api/v1/defenders/no-such-defender/devices").then().statusCode(404)
                .contentType(containsString("application/problem+json"));
        network.api().when().get("/api/v1/audit-log?limit=100").then().statusCode(200)
                .body("entries.findAll { it.subject == 'defender:" + marta + "' }.action",
                        contains("READ", "REVOKE_ALL_DEVICES", "READ", "REVOKE_DEVICE", "READ", "ISSUE_DEVICE_TOKEN",
                                "ISSUE_DEVICE_TOKEN", "CREATE"));
    }

    @Test
    void aSignalHerAppSentMarksItsDeviceAsUsed() {
        String device = enrol();
        Instant received = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        LiveNetwork.publish(new SignalReceived(UUID.randomUUID(), marta, true, SignalType.CHECKIN_MISSED,
                SignalSource.APP, received, null, null, null).fromDevice(UUID.fromString(device)));

        await().atMost(PATIENCE).untilAsserted(() -> network.api().when().get(devices()).then().statusCode(200)
                .body("lastUsedAt", contains(received.toString())));
    }

    @Test
    void onlyOperatorsSeeOrChangeHerDevicesAndHerPhonesMode() {
        String responder = LocalKeycloak.accessToken(LocalKeycloak.RESPONDER);
        String auditor = LocalKeycloak.accessToken(LocalKeycloak.AUDITOR);
        for (String token : List.of(responder, auditor)) {
            given().auth().oauth2(token).when().get(devices()).then().statusCode(403);
            given().auth().oauth2(token).when().post(devices()).then().statusCode(403);
            given().auth().oauth2(token).when().delete(devices()).then().statusCode(403);
            given().auth().oauth2(token).when().delete(devices() + "/" + UUID.randomUUID()).then().statusCode(403);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("seized", true))
                    .when().put("/api/v1/defenders/" + marta + "/phone-seized").then().statusCode(403);
        }
        given().when().get(devices()).then().statusCode(401);
        given().when().delete(devices()).then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("seized", true))
                .when().put("/api/v1/defenders/" + marta + "/phone-seized").then().statusCode(401);
        network.api().when().get(devices()).then().statusCode(200).body("$", empty());
    }
}
