package org.centinela.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.Test;

/**
 * A whole graded response on the packaged app, the real broker, database and Keycloak, with a
 * drill policy of seconds: level 1 contacted at once and reminded every second; nobody answers, so
 * level 2 starts after three; two of level 2 acknowledge, one by SMS reply without a code and one by
 * keypress; quorum → ACKNOWLEDGED, everyone is told, reminders stop; the alert's page shows it all.
 */
@QuarkusIntegrationTest
class EscalationFlowIT {

    @Test
    void aDrillRunsLevelByLevelUntilAQuorumOfLevelTwoAcknowledges() {
        LiveNetwork.forgetPendingSteps();
        LiveNetwork network = new LiveNetwork("http://127.0.0.1:" + RestAssured.port);
        String ana = network.responder("Ana", "SMS");
        String bea = network.responder("Bea", "SMS");
        String caro = network.responder("Caro", "SMS", "VOICE");
        String dora = network.responder("Dora", "SMS", "VOICE");
        String policy = network.policy(network.group("trusted", ana, bea), 1, "PT3S", "PT1S",
                network.group("unit", caro, dora), 2, "PT60S");
        String marta = network.defender("Marta", policy);

        Instant sent = Instant.now();
        LiveNetwork.publish(LiveNetwork.panic(marta, Grade.HIGH));
        List<NotificationRequested> untilLevelTwo = requests(sent, request -> request.level() == 2
                && request.personId().equals(dora) && request.channel().name().equals("VOICE"));

        NotificationRequested first = untilLevelTwo.get(0);
        UUID alertId = first.alertId();
        assertThat(untilLevelTwo).filteredOn(r -> r.purpose() == NotificationPurpose.ALERT)
                .extracting(NotificationRequested::personId).containsExactlyInAnyOrder(ana, bea);
        assertThat(first.level()).as("level 1 first").isEqualTo(1);
        assertThat(untilLevelTwo).filteredOn(r -> r.purpose() == NotificationPurpose.REMINDER)
                .extracting(NotificationRequested::personId).contains(ana, bea);
        NotificationRequested levelTwo = untilLevelTwo.stream()
                .filter(r -> r.purpose() == NotificationPurpose.ESCALATION).findFirst().orElseThrow();
        assertThat(Duration.between(first.requestedAt(), levelTwo.requestedAt()))
                .as("level 2 after escalateAfter").isBetween(Duration.ofMillis(2900), Duration.ofSeconds(5));

        Instant answered = Instant.now();
        LiveNetwork.publish(
                new ResponseSeal("intake", "a-response-key-until-the-merge-of-proofs").sealed(UUID.randomUUID(), null, null, new Actor(ActorType.RESPONDER, caro), ResponseKind.ACK,
                        ResponseChannel.SMS, Instant.now(), ProofMethod.TWILIO_SIGNATURE, "test"),
                new ResponseSeal("intake", "a-response-key-until-the-merge-of-proofs").sealed(UUID.randomUUID(), alertId, first.alertCode(), new Actor(ActorType.RESPONDER, dora),
                        ResponseKind.ACK, ResponseChannel.VOICE, Instant.now(), ProofMethod.TWILIO_SIGNATURE, "test"));
        List<AlertLifecycle> lifecycle = TopicWatcher.since(Topics.ALERTS_LIFECYCLE, answered)
                .until(record -> alertId.toString().equals(record.key())
                        && EventJson.read(record.value(), AlertLifecycle.class).kind() == LifecycleKind.QUORUM_REACHED,
                        Duration.ofSeconds(20))
                .stream().filter(record -> alertId.toString().equals(record.key()))
                .map(record -> EventJson.read(record.value(), AlertLifecycle.class)).toList();
        assertThat(lifecycle).extracting(AlertLifecycle::kind).containsSubsequence(LifecycleKind.ACK_RECEIVED,
                LifecycleKind.ACK_RECEIVED, LifecycleKind.QUORUM_REACHED);

        Instant quorum = Instant.now();
        List<NotificationRequested> after = TopicWatcher.since(Topics.NOTIFICATIONS_REQUESTED, quorum.minusSeconds(1))
                .until(record -> false, Duration.ofSeconds(3)).stream()
                .filter(record -> alertId.toString().equals(record.key()))
                .map(record -> EventJson.read(record.value(), NotificationRequested.class))
                .filter(request -> request.requestedAt().isAfter(quorum.plusMillis(200)))
                .toList();
        assertThat(after).as("reminders stop once the quorum is reached").isEmpty();

        JsonPath alert = network.api().when().get("/api/v1/alerts/" + alertId).then().statusCode(200)
                .extract().jsonPath();
        assertThat(alert.getString("state")).isEqualTo("ACKNOWLEDGED");
        assertThat(alert.getInt("level")).isEqualTo(2);
        assertThat(alert.getList("acks.responderId", String.class)).containsExactly(caro, dora);
        assertThat(alert.getList("timeline.type", String.class)).containsSubsequence("SIGNAL_RECEIVED",
                "LEVEL_STARTED", "NOTIFICATION_REQUESTED", "LEVEL_STARTED", "RESPONSE", "RESPONSE", "STATE_CHANGED",
                "NOTIFICATION_REQUESTED");
    }

    /** The requests of one alert from {@code since} until one of them matches {@code last}. */
    static List<NotificationRequested> requests(Instant since, java.util.function.Predicate<NotificationRequested> last) {
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.NOTIFICATIONS_REQUESTED, since)
                .until(record -> last.test(EventJson.read(record.value(), NotificationRequested.class)),
                        Duration.ofSeconds(20));
        List<NotificationRequested> requests = seen.stream()
                .map(record -> EventJson.read(record.value(), NotificationRequested.class)).toList();
        assertThat(requests).as("requests seen").anyMatch(last);
        UUID alertId = requests.stream().filter(last).findFirst().orElseThrow().alertId();
        return requests.stream().filter(request -> request.alertId().equals(alertId)).toList();
    }
}
