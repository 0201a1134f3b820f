package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 6: a defender texts "VOY 1" (she expects to arrive within a minute) and never texts "LLEGUE <pin>".
 * When the minute is over, the missed check-in raises an alert and her trusted contact is texted.
 */
@ExtendWith(RunningCentinela.class)
class MissedCheckInIT {

    private final Centinela centinela;

    MissedCheckInIT(Centinela centinela) {
        this.centinela = centinela;
    }

    @Test
    void aCheckInThatIsNeverClosedRaisesAnAlertOnceItIsDue() {
        Phones phones = centinela.phones();
        Alerts alerts = new Alerts(centinela);
        Network network = new Network(centinela);
        Responder rosa = network.responder("Rosa", "SMS");
        String policy = network.policy(Level.of(network.group("trusted", rosa), 1, Duration.ofMinutes(5), null, "SMS"));
        Defender marta = network.defender("Marta", policy);

        Instant started = Instant.now();
        assertThat(phones.text(marta.phone(), "VOY 1").twiml()).contains("Recibido.");
        Eventually.pause(Duration.ofSeconds(50));
        assertThat(alerts.of(marta.id())).as("nothing before the check-in is due").isEmpty();

        Alert alert = alerts.awaitOf(marta.id(), a -> true, Duration.ofSeconds(30));
        try {
            assertThat(alert.entries("SIGNAL_RECEIVED")).extracting(Alerts.Entry::detail)
                    .singleElement().asString().startsWith("CHECKIN_MISSED");
            assertThat(Duration.between(started, alert.openedAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
            Phones.Sms sms = phones.awaitSms(rosa.phone(), s -> s.body().startsWith("CENTINELA alerta"),
                    Duration.ofSeconds(10));
            assertThat(sms.body()).startsWith("CENTINELA alerta ALTA " + alert.code());
        } finally {
            alerts.resolve(alert.id());
        }
    }
}
