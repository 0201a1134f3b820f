package org.centinela.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.testing.PackagedApp;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.Test;

/**
 * Two instances of escalation against one database, both firing steps and relaying their outbox:
 * every step fires exactly once, so every request reaches the topic exactly once.
 */
class TwoInstancesIT {

    static final int DEFENDERS = 12;

    @Test
    void twoInstancesFireEveryStepExactlyOnce() throws Exception {
        LiveNetwork.forgetPendingSteps();
        try (PackagedApp one = PackagedApp.start("escalation-instance-1", Map.of());
                PackagedApp two = PackagedApp.start("escalation-instance-2", Map.of())) {
            LiveNetwork network = new LiveNetwork(one.url());
            String ana = network.responder("Ana", "SMS");
            String bea = network.responder("Bea", "SMS");
            String caro = network.responder("Caro", "SMS");
            String policy = network.policy(network.group("trusted", ana, bea), 2, "PT3S", "PT1S",
                    network.group("unit", caro), 1, "PT60S");
            List<String> defenders = IntStream.range(0, DEFENDERS)
                    .mapToObj(i -> network.defender("Defensora " + i, policy)).toList();

            Instant sent = Instant.now();
            LiveNetwork.publish(defenders.stream().map(d -> LiveNetwork.panic(d, Grade.HIGH))
                    .toArray(SignalAssessed[]::new));
            Set<String> alerted = new java.util.HashSet<>();
            TopicWatcher.since(Topics.NOTIFICATIONS_REQUESTED, sent).until(record -> {
                NotificationRequested request = EventJson.read(record.value(), NotificationRequested.class);
                return request.personId().equals(ana) && alerted.add(request.alertId().toString())
                        && alerted.size() == DEFENDERS;
            }, Duration.ofSeconds(60));
            Thread.sleep(6000);
            List<NotificationRequested> requests = TopicWatcher.since(Topics.NOTIFICATIONS_REQUESTED, sent)
                    .until(record -> false, Duration.ofSeconds(3)).stream()
                    .map(record -> EventJson.read(record.value(), NotificationRequested.class))
                    .filter(request -> Set.of(ana, bea, caro).contains(request.personId()))
                    .toList();

            assertThat(requests.stream().map(NotificationRequested::alertId).distinct()).hasSize(DEFENDERS);
            Map<NotificationPurpose, Long> byPurpose = requests.stream()
                    .collect(Collectors.groupingBy(NotificationRequested::purpose, Collectors.counting()));
            System.out.printf("requests seen from two instances: %s%n", byPurpose);
            assertThat(byPurpose.get(NotificationPurpose.ALERT)).isEqualTo(DEFENDERS * 2L);
            assertThat(byPurpose.get(NotificationPurpose.ESCALATION)).isEqualTo((long) DEFENDERS);
            assertThat(byPurpose.get(NotificationPurpose.REMINDER)).as("reminded every second, several rounds")
                    .isGreaterThanOrEqualTo(DEFENDERS * 2L * 3);
            assertThat(requests).extracting(NotificationRequested::idempotencyKey).doesNotHaveDuplicates();
        } finally {
            LiveNetwork.forgetPendingSteps();
        }
    }
}
