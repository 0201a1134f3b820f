package org.centinela.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.Test;

/**
 * The brief on the packaged app and the real broker: her SMS on {@code signals.received} and its assessment on
 * {@code signals.assessed} make the alert's brief on {@code alerts.briefs} (keyed by the alert, named by her alias,
 * with her words and place), the operator reads it through the API with a real token, and once the alert is
 * resolved a tombstone erases it.
 */
@QuarkusIntegrationTest
class AlertBriefIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @Test
    void herWordsAndPlaceReachTheBriefOnTheTopicAndTheApiAndTheBriefIsErasedOnceTheAlertIsOver() {
        LiveNetwork.forgetPendingSteps();
        LiveNetwork network = new LiveNetwork("http://127.0.0.1:" + RestAssured.port);
        String ana = network.responder("Ana", "SMS");
        String policy = network.policy(network.group("trusted", ana), 1, "PT60S", null, network.group("unit", ana),
                1, "PT60S");
        String marta = network.defender(Map.of("name", "Marta", "alias", "Doña Marta", "policyId", policy));

        Instant sent = Instant.now();
        SignalReceived sms = new SignalReceived(UUID.randomUUID(), marta, true, SignalType.PANIC, SignalSource.APP,
                sent, "SOS me siguen dos hombres, mercado de Cobán", new Location(15.4709, -90.3707, 12.0), null);
        LiveNetwork.publish(sms, SignalAssessed.of(sms, 70, Grade.HIGH, 1, List.of(), false, "GT"));

        List<AlertBrief> briefs = briefsUntil(sent, brief -> brief.defenderId().equals(marta)
                && brief.firstWords().isPresent());
        AlertBrief brief = briefs.get(briefs.size() - 1);
        assertThat(brief.displayName()).isEqualTo("Doña Marta");
        assertThat(brief.firstWords()).contains("SOS me siguen dos hombres, mercado de Cobán");
        assertThat(brief.latestLocated()).get().satisfies(signal ->
                assertThat(signal.location()).isEqualTo(new Location(15.4709, -90.3707, 12.0)));

        JsonPath read = network.api().when().get("/api/v1/alerts/" + brief.alertId() + "/brief")
                .then().statusCode(200).extract().jsonPath();
        assertThat(read.getString("defender.name")).isEqualTo("Marta");
        assertThat(read.getString("signals[0].text")).isEqualTo("SOS me siguen dos hombres, mercado de Cobán");
        assertThat(read.getString("latestLocation.mapUrl")).isEqualTo(
                "https://www.openstreetmap.org/?mlat=15.47090&mlon=-90.37070#map=17/15.47090/-90.37070");

        Instant resolved = Instant.now();
        network.api().body(Map.of("kind", "RESOLVE")).when().post("/api/v1/alerts/" + brief.alertId() + "/responses")
                .then().statusCode(202);
        List<ConsumerRecord<String, byte[]>> erased = TopicWatcher.since(Topics.ALERTS_BRIEFS, resolved)
                .until(record -> brief.alertId().toString().equals(record.key()) && record.value() == null, PATIENCE);
        assertThat(erased).anyMatch(record -> brief.alertId().toString().equals(record.key())
                && record.value() == null);
    }

    private static List<AlertBrief> briefsUntil(Instant since, java.util.function.Predicate<AlertBrief> last) {
        List<AlertBrief> briefs = TopicWatcher.since(Topics.ALERTS_BRIEFS, since)
                .until(record -> record.value() != null
                        && last.test(EventJson.read(record.value(), AlertBrief.class)), PATIENCE)
                .stream().filter(record -> record.value() != null)
                .map(record -> EventJson.read(record.value(), AlertBrief.class)).filter(last).toList();
        assertThat(briefs).as("briefs seen").isNotEmpty();
        return briefs;
    }
}
