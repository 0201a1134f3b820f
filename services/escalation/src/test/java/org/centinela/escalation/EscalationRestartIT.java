package org.centinela.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.testing.PackagedApp;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.Test;

/**
 * Timers survive a crash: escalation is killed (kill -9) while an alert waits at level 1, the
 * escalation falls due while it is down, and the restarted escalation starts level 2 within seconds
 * of its start, once: every request of the alert reaches the topic exactly once.
 */
class EscalationRestartIT {

    @Test
    void aStepThatFellDueWhileEscalationWasDownFiresOnceAfterTheRestart() throws Exception {
        LiveNetwork.forgetPendingSteps();
        try (PackagedApp escalation = PackagedApp.start("escalation-restart-it", Map.of())) {
            LiveNetwork network = new LiveNetwork(escalation.url());
            String ana = network.responder("Ana", "SMS");
            String caro = network.responder("Caro", "SMS");
            String dora = network.responder("Dora", "SMS");
            String policy = network.policy(network.group("trusted", ana), 1, "PT4S", null,
                    network.group("unit", caro, dora), 1, "PT60S");
            String marta = network.defender("Marta", policy);

            Instant sent = Instant.now();
            LiveNetwork.publish(LiveNetwork.panic(marta, Grade.HIGH));
            NotificationRequested alert = EscalationFlowIT.requests(sent, request -> request.personId().equals(ana))
                    .get(0);
            escalation.kill();
            Thread.sleep(Duration.between(Instant.now(), alert.requestedAt().plusSeconds(5)).toMillis());

            PackagedApp.Restart restarted = escalation.restart();
            List<NotificationRequested> all = TopicWatcher.since(Topics.NOTIFICATIONS_REQUESTED, sent)
                    .until(record -> false, Duration.ofSeconds(8))
                    .stream().filter(record -> alert.alertId().toString().equals(record.key()))
                    .map(record -> EventJson.read(record.value(), NotificationRequested.class)).toList();

            List<NotificationRequested> levelTwo = all.stream()
                    .filter(request -> request.purpose() == NotificationPurpose.ESCALATION).toList();
            assertThat(levelTwo).extracting(NotificationRequested::personId).containsExactlyInAnyOrder(caro, dora);
            Instant fired = levelTwo.get(0).requestedAt();
            System.out.printf("the overdue step fired %d ms after escalation was launched again, %d ms after it was"
                    + " ready%n", Duration.between(restarted.launched(), fired).toMillis(),
                    Duration.between(restarted.ready(), fired).toMillis());
            assertThat(Duration.between(restarted.ready(), fired)).as("overdue steps fire within 5 s of the restart")
                    .isLessThan(Duration.ofSeconds(5));
            assertThat(all.stream().collect(Collectors.groupingBy(NotificationRequested::idempotencyKey,
                    Collectors.counting())).values()).as("each request once").containsOnly(1L);
            assertThat(all).extracting(NotificationRequested::idempotencyKey).doesNotHaveDuplicates();
            assertThat(all).filteredOn(request -> request.personId().equals(ana))
                    .extracting(NotificationRequested::purpose).as("her alert and its brief, once each")
                    .containsExactlyInAnyOrder(NotificationPurpose.ALERT, NotificationPurpose.BRIEF);
        } finally {
            LiveNetwork.forgetPendingSteps();
        }
    }
}
