package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.centinela.system.Alerts.Alert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 3: a number nobody enrolled texts SOS. Operators see an unverified alert to triage; nobody is
 * contacted, and the number gets no reply (texting Centinela's number costs it nothing and learns it nothing).
 */
@ExtendWith(RunningCentinela.class)
class UnknownSenderIT {

    private final Phones phones;
    private final Alerts alerts;

    UnknownSenderIT(Centinela centinela) {
        this.phones = centinela.phones();
        this.alerts = new Alerts(centinela);
    }

    @Test
    void anUnknownNumberTextingSosRaisesAnUnverifiedAlertForOperatorsAndMessagesNobody() {
        phones.awaitQuiet(Duration.ofSeconds(1), Duration.ofSeconds(30));
        String stranger = Network.unenrolledPhone();
        Instant sent = Instant.now();

        Phones.Answer answer = phones.text(stranger, "SOS me siguen");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.twiml()).as("no reply to an unknown number").doesNotContain("<Message");
        Alert alert = Eventually.get(() -> alerts.latest().stream()
                .filter(a -> !a.verifiedSender() && !a.openedAt().isBefore(sent.minusMillis(50)))
                .findFirst().orElse(null), Duration.ofSeconds(20), "unverified alert");
        try {
            assertThat(alert.state()).isEqualTo("OPEN");
            assertThat(alert.level()).as("held at level 0 for triage").isZero();
            assertThat(alert.defenderId()).startsWith("unknown:").doesNotContain(stranger.substring(1));
            assertThat(alert.entries("NOTE")).extracting(Alerts.Entry::detail)
                    .anyMatch(detail -> detail.contains("held for operator triage"));

            Eventually.pause(Duration.ofSeconds(3));
            assertThat(alerts.get(alert.id()).entries("NOTIFICATION_REQUESTED")).as("nobody is notified").isEmpty();
            assertThat(phones.allSms()).filteredOn(sms -> !sms.createdAt().isBefore(sent))
                    .as("the only SMS is hers").extracting(Phones.Sms::from).containsOnly(stranger);
            assertThat(phones.allCalls()).filteredOn(call -> !call.createdAt().isBefore(sent)).as("no call").isEmpty();
        } finally {
            alerts.resolve(alert.id());
        }
    }
}
