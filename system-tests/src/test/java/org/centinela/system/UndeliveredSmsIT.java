package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 5: the carrier reports the SMS to her trusted contact UNDELIVERED; rather than wait for a reminder,
 * Centinela calls the same person at once.
 */
@ExtendWith(RunningCentinela.class)
class UndeliveredSmsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Centinela centinela;

    UndeliveredSmsIT(Centinela centinela) {
        this.centinela = centinela;
    }

    @Test
    void anUndeliveredSmsIsFollowedByACallToTheSamePerson() {
        Phones phones = centinela.phones();
        Alerts alerts = new Alerts(centinela);
        Network network = new Network(centinela);
        Responder luis = network.responder("Luis", "SMS", "VOICE");
        Defender marta = network.defender("Marta",
                // Without the brief's SMS, so that the one SMS the carrier fails is the alert's.
                network.policy(Level.of(network.group("trusted", luis), 1, Duration.ofMinutes(5), null, "SMS")
                        .withBrief("NEVER")));
        phones.awaitQuiet(Duration.ofSeconds(1), Duration.ofSeconds(30));
        phones.faultFor(luis.phone(), "SMS", "UNDELIVERED", 1);

        phones.text(marta.phone(), "SOS");

        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        try {
            Phones.Call call = phones.awaitCall(luis.phone(), c -> true, PATIENCE);
            assertThat(phones.smsTo(luis.phone())).singleElement()
                    .satisfies(sms -> assertThat(sms.status()).isEqualTo("undelivered"))
                    .satisfies(sms -> assertThat(sms.createdAt()).isBefore(call.createdAt()));
            Alert fellBack = alerts.get(alert.id());
            assertThat(fellBack.tellsInOrder(
                    "NOTIFICATION_REQUESTED: ALERT to " + luis.id() + " on SMS",
                    "NOTIFICATION_STATUS: ALERT to " + luis.id() + " on SMS: FAILED (error 30003)",
                    "NOTIFICATION_REQUESTED: ALERT to " + luis.id() + " on VOICE"))
                    .as("the timeline:%n%s", fellBack.told()).isTrue();
        } finally {
            alerts.resolve(alert.id());
        }
    }
}
