package org.centinela.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The packaged intake on the real broker: a device token works while her snapshot on {@code directory.people} lists
 * it, and every endpoint that takes a device token refuses it (401) as soon as a snapshot without it arrives, because
 * escalation revoked it or put her phone in "phone seized" mode.
 */
@QuarkusIntegrationTest
class DeviceTokenRevocationIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final PepperedHash hashes = PepperedHash.fromConfiguredPepper(
            ConfigProvider.getConfig().getValue("centinela.pepper", String.class), 1000);

    @Test
    void aRevokedTokenIsRefusedByEveryEndpointFromHerNextSnapshotOn() {
        enrolThenRepublish(People::withoutDevices);
    }

    @Test
    void everyTokenOfASeizedPhonesDefenderIsRefusedByEveryEndpoint() {
        enrolThenRepublish(marta -> People.seized(hashes, marta, People.uniqueCodeWord()));
    }

    private void enrolThenRepublish(UnaryOperator<PersonSnapshot> revoke) {
        String defenderId = "def-" + UUID.randomUUID();
        PersonSnapshot marta = People.defender(hashes, defenderId,
                "+5027" + (1_000_000 + (long) (Math.random() * 8_999_999)), true);
        String token = People.deviceToken(defenderId);
        IntakeKafkaIT.publish(marta);
        UUID sosClientId = UUID.randomUUID();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> sos(token, sosClientId).statusCode() == 202);
        UUID checkInClientId = UUID.randomUUID();
        String checkIn = startCheckIn(token, checkInClientId).then().statusCode(201).extract().path("id");
        Map<String, Supplier<Response>> endpoints = Map.of(
                "sos", () -> sos(token, sosClientId),
                "reports", () -> report(token),
                "checkins", () -> startCheckIn(token, checkInClientId),
                "checkins/{id}/safe", () -> safe(token, checkIn));
        endpoints.forEach((name, endpoint) -> assertThat(endpoint.get().statusCode()).as(name).isBetween(200, 299));

        IntakeKafkaIT.publish(revoke.apply(marta));

        endpoints.forEach((name, endpoint) -> await(name).atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> endpoint.get().statusCode() == 401));
    }

    private static Response sos(String token, UUID clientId) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", clientId.toString(), "text", "prueba de revocación"))
                .when().post("/api/v1/sos");
    }

    private static Response report(String token) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "violenceType", "THREAT",
                        "perpetratorType", "UNKNOWN", "narrative", "prueba de revocación"))
                .when().post("/api/v1/reports");
    }

    private static Response startCheckIn(String token, UUID clientId) {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", clientId.toString(), "dueInMinutes", 600))
                .when().post("/api/v1/checkins");
    }

    private static Response safe(String token, String checkIn) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("pin", People.PIN))
                .when().post("/api/v1/checkins/" + checkIn + "/safe");
    }
}
