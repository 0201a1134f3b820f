package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Centinela.Service;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.centinela.testing.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 7: a crash costs no step and doubles no message. Escalation is killed (kill -9) while an alert waits
 * at level 1 and restarted after level 2 fell due: level 2 is woken once. Notification is killed while requests
 * are in flight (some sent, two held by the carrier, the rest queued) and restarted: every person gets her SMS
 * and her call exactly once.
 */
@ExtendWith(RunningCentinela.class)
class CrashIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Centinela centinela;
    private final Phones phones;
    private final Alerts alerts;
    private final Network network;

    CrashIT(Centinela centinela) {
        this.centinela = centinela;
        this.phones = centinela.phones();
        this.alerts = new Alerts(centinela);
        this.network = new Network(centinela);
    }

    @Test
    void theStepThatFellDueWhileEscalationWasDownFiresOnceAfterTheRestart() {
        Duration escalateAfter = Duration.ofSeconds(6);
        Responder ana = network.responder("Ana", "SMS");
        Responder caro = network.responder("Caro", "SMS");
        Responder dora = network.responder("Dora", "SMS");
        Defender marta = network.defender("Marta", network.policy(
                Level.of(network.group("trusted", ana), 1, escalateAfter, null, "SMS"),
                Level.of(network.group("unit", caro, dora), 1, Duration.ofMinutes(5), null, "SMS")));
        phones.text(marta.phone(), "SOS");
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        try {
            centinela.crash(Service.ESCALATION);
            Instant levelTwoDue = alert.entries("LEVEL_STARTED").get(0).at().plus(escalateAfter);
            assertThat(Instant.now()).as("killed while level 1 waits").isBefore(levelTwoDue);
            Eventually.pause(Duration.between(Instant.now(), levelTwoDue.plusSeconds(1)));
            PackagedApp.Restart restart = centinela.restart(Service.ESCALATION);

            Instant woken = phones.awaitSms(caro.phone(), sms -> sms.body().contains(alert.code()), PATIENCE).createdAt();
            phones.awaitSms(dora.phone(), sms -> sms.body().contains(alert.code()), PATIENCE);
            phones.awaitSms(ana.phone(), sms -> sms.body().contains(alert.code()), PATIENCE);
            Instant levelTwo = alerts.get(alert.id()).entries("LEVEL_STARTED").stream()
                    .filter(entry -> entry.detail().startsWith("level 2")).findFirst().orElseThrow().at();
            System.out.printf("level 2 started %d ms after escalation was ready again (%d ms after its launch); its"
                    + " first SMS reached the carrier %d ms after that%n",
                    Duration.between(restart.ready(), levelTwo).toMillis(),
                    Duration.between(restart.launched(), levelTwo).toMillis(),
                    Duration.between(levelTwo, woken).toMillis());
            assertThat(levelTwo).as("started by the restarted escalation").isAfter(restart.launched());
            assertThat(Duration.between(restart.ready(), levelTwo)).as("overdue steps fire within 5 s of the restart")
                    .isLessThan(Duration.ofSeconds(5));
            Eventually.pause(Duration.ofSeconds(3));
            assertThat(phones.smsTo(caro.phone())).as("once").hasSize(1);
            assertThat(phones.smsTo(dora.phone())).as("once").hasSize(1);
            assertThat(phones.smsTo(ana.phone())).as("the alert and its brief, once each").extracting(Phones.Sms::body)
                    .hasSize(2).anyMatch(body -> body.startsWith("CENTINELA alerta"));
            assertThat(alerts.get(alert.id()).entries("LEVEL_STARTED")).extracting(Alerts.Entry::detail)
                    .filteredOn(detail -> detail.startsWith("level 2")).hasSize(1);
        } finally {
            alerts.resolve(alert.id());
        }
    }

    @Test
    void requestsInFlightWhenNotificationCrashedAreEachSentOnceAfterTheRestart() {
        List<Responder> unit = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            unit.add(network.responder("Persona " + i, "SMS", "VOICE"));
        }
        Defender marta = network.defender("Marta", network.policy(Level.of(
                network.group("unit", unit.toArray(Responder[]::new)), 1, Duration.ofMinutes(5), null, "SMS", "VOICE")));
        phones.awaitQuiet(Duration.ofSeconds(1), Duration.ofSeconds(30));
        phones.fault("SMS", "TIMEOUT", 2);

        phones.text(marta.phone(), "SOS");
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        try {
            Eventually.get(() -> unit.stream().anyMatch(person -> !phones.smsTo(person.phone()).isEmpty()) ? true : null,
                    PATIENCE, "first SMS of the alert");
            centinela.crash(Service.NOTIFICATION);
            int sentBeforeTheCrash = unit.stream().mapToInt(person -> phones.smsTo(person.phone()).size()
                    + phones.callsTo(person.phone()).size()).sum();
            // Each person: the alert's SMS, its brief's SMS (level 1 sends the brief on first contact) and a call.
            int requested = unit.size() * 3;
            System.out.printf("%d of %d requests had reached the carrier when notification was killed%n",
                    sentBeforeTheCrash, requested);
            assertThat(sentBeforeTheCrash).as("the crash came with requests in flight").isLessThan(requested);

            centinela.restart(Service.NOTIFICATION);

            for (Responder person : unit) {
                phones.awaitSms(person.phone(), sms -> sms.body().contains(alert.code()), PATIENCE);
                phones.awaitCall(person.phone(), call -> true, PATIENCE);
            }
            Eventually.pause(Duration.ofSeconds(8));
            for (Responder person : unit) {
                assertThat(phones.smsTo(person.phone())).as("the alert and its brief to %s, once each", person.name())
                        .extracting(Phones.Sms::body).hasSize(2).anyMatch(body -> body.startsWith("CENTINELA alerta"))
                        .anyMatch(body -> body.startsWith("CENTINELA " + alert.code() + ": "));
                assertThat(phones.callsTo(person.phone())).as("one call to %s", person.name()).hasSize(1);
            }
        } finally {
            alerts.resolve(alert.id());
        }
        theNextAlertIsSentToo();
    }

    /**
     * After the restart, what is requested next is sent too. (It may wait for the partitions the killed instance held:
     * Kafka gives them to the new one only once the dead member's session has expired.)
     */
    private void theNextAlertIsSentToo() {
        Responder luis = network.responder("Luis", "SMS");
        Defender julia = network.defender("Julia",
                network.policy(Level.of(network.group("next", luis), 1, Duration.ofMinutes(5), null, "SMS")));
        Instant sos = Instant.now();
        phones.text(julia.phone(), "SOS");
        Alert next = alerts.awaitOf(julia.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        try {
            Instant texted = phones.awaitSms(luis.phone(), sms -> sms.body().contains(next.code()), PATIENCE).createdAt();
            System.out.printf("the next alert after the restart reached the carrier %d ms after its SOS%n",
                    Duration.between(sos, texted).toMillis());
        } finally {
            alerts.resolve(next.id());
        }
    }
}
