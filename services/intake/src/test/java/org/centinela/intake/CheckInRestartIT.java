package org.centinela.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.RestAssured;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalType;
import org.centinela.testing.PackagedApp;
import org.centinela.testing.TopicWatcher;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A check-in timer survives a crash: intake is killed (kill -9) with a check-in open, the due time
 * passes while it is down, and the restarted intake raises CHECKIN_MISSED once, within seconds.
 * This test runs the packaged app itself, to be able to kill and restart it.
 */
class CheckInRestartIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private PackagedApp intake;

    @AfterEach
    void stopIntake() {
        if (intake != null) {
            intake.close();
        }
    }

    @Test
    void aCheckInDueWhileIntakeWasDownIsRaisedOnceAfterTheRestart() throws Exception {
        intake = PackagedApp.start("check-in-restart-it", Map.of());
        RestAssured.port = intake.port();
        String defenderId = "def-" + UUID.randomUUID();
        String phone = "+5023" + (1_000_000 + (long) (Math.random() * 8_999_999));
        PepperedHash hashes = PepperedHash.fromConfiguredPepper(
                ConfigProvider.getConfig().getValue("centinela.pepper", String.class), 1000);
        IntakeKafkaIT.publish(People.defender(hashes, defenderId, phone, true));
        await().atMost(PATIENCE).until(() -> SignedSms.send(phone, "REPORTE prueba de reinicio").asString().contains("Recibido."));
        String checkIn = given().auth().oauth2(People.deviceToken(defenderId)).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "dueInMinutes", 30, "note", "viaje a Cobán"))
                .when().post("/api/v1/checkins").then().statusCode(201).extract().path("id");

        intake.kill();
        dueAlready(UUID.fromString(checkIn));
        Instant restarted = intake.restart().launched();

        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.SIGNALS_RECEIVED, restarted)
                .until(r -> false, Duration.ofSeconds(8));
        List<SignalReceived> missed = seen.stream().filter(r -> defenderId.equals(r.key()))
                .map(r -> EventJson.read(r.value(), SignalReceived.class))
                .filter(signal -> signal.type() == SignalType.CHECKIN_MISSED)
                .toList();
        assertThat(missed).hasSize(1);
        assertThat(missed.get(0).text()).isEqualTo("viaje a Cobán");
    }

    /** The due time passed while intake was down. */
    private static void dueAlready(UUID checkIn) throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/centinela_intake_test", "centinela", "centinela");
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE checkin SET created_at = now() - interval '31 minutes', due_at = now() - interval '1 minute'"
                                + " WHERE id = ? AND state = 'OPEN'")) {
            update.setObject(1, checkIn);
            assertThat(update.executeUpdate()).as("the check-in was still open after the crash").isEqualTo(1);
        }
    }
}
