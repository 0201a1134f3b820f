package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Alerts.Entry;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.centinela.system.Phones.Call;
import org.centinela.system.Phones.Sms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 1, the graded response: Marta texts SOS; her two trusted contacts get an SMS and a call within a
 * second and are reminded every 2 s; nobody answers, so after 5 s the protection unit is woken; one of them
 * answers "OK <code>" by SMS, another presses 1 on the call: the level's quorum of 2 is reached, the alert is
 * ACKNOWLEDGED, everyone contacted is told who is on it, and the reminders stop. The timeline tells it all,
 * in order.
 */
@ExtendWith(RunningCentinela.class)
class GradedResponseIT {

    private static final Duration ESCALATE_AFTER = Duration.ofSeconds(5);
    private static final Duration REPEAT_EVERY = Duration.ofSeconds(2);
    private static final Duration UNIT_REPEAT_EVERY = Duration.ofSeconds(3);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final Centinela centinela;

    GradedResponseIT(Centinela centinela) {
        this.centinela = centinela;
    }

    @Test
    void levelByLevelUntilAQuorumOfTheProtectionUnitAcknowledges() {
        Phones phones = centinela.phones();
        Alerts alerts = new Alerts(centinela);
        Network network = new Network(centinela);
        Responder ana = network.responder("Ana", "SMS", "VOICE");
        Responder luis = network.responder("Luis", "SMS", "VOICE");
        Responder rosa = network.responder("Rosa", "SMS", "VOICE");
        Responder diego = network.responder("Diego", "SMS", "VOICE");
        Responder olga = network.responder("Olga", "SMS", "VOICE");
        String policy = network.policy(
                Level.of(network.group("trusted", ana, luis), 1, ESCALATE_AFTER, REPEAT_EVERY, "SMS", "VOICE"),
                Level.of(network.group("unit", rosa, diego, olga), 2, Duration.ofMinutes(5), UNIT_REPEAT_EVERY,
                        "SMS", "VOICE"));
        Defender marta = network.defender("Marta", policy);

        Instant sos = Instant.now();
        assertThat(phones.text(marta.phone(), "SOS").twiml()).contains("Recibido.");

        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        try {
            String code = alert.code();
            for (Responder trusted : List.of(ana, luis)) {
                Sms sms = phones.awaitSms(trusted.phone(), s -> s.body().startsWith("CENTINELA alerta"), PATIENCE);
                Call call = phones.awaitCall(trusted.phone(), c -> true, PATIENCE);
                Duration toSms = Duration.between(sos, sms.createdAt());
                Duration toCall = Duration.between(sos, call.createdAt());
                System.out.printf("level 1: SMS %d ms, call %d ms after the SOS%n", toSms.toMillis(), toCall.toMillis());
                assertThat(sms.body()).startsWith("CENTINELA alerta ALTA " + code);
                // At once, before a reminder would be due: how fast is for the benchmarks (docs/performance.md) to
                // say, not for a test on a machine that may be busy.
                assertThat(toSms).as("SMS at once").isLessThan(REPEAT_EVERY);
                assertThat(toCall).as("call at once").isLessThan(REPEAT_EVERY);
            }
            Sms escalated = phones.awaitSms(rosa.phone(), s -> s.body().contains(code), PATIENCE);
            assertThat(escalated.body()).contains("escalada");
            assertThat(Duration.between(sos, escalated.createdAt())).as("level 2 texted after escalateAfter")
                    .isBetween(ESCALATE_AFTER, ESCALATE_AFTER.plusMillis(1500));
            List<Entry> levels = alerts.get(alert.id()).entries("LEVEL_STARTED");
            assertThat(Duration.between(levels.get(0).at(), levels.get(1).at())).as("level 2 started after escalateAfter")
                    .isBetween(ESCALATE_AFTER, ESCALATE_AFTER.plusMillis(500));
            assertThat(phones.smsTo(ana.phone())).as("level 1 reminded meanwhile")
                    .anyMatch(s -> s.body().startsWith("CENTINELA recordatorio " + code));

            assertThat(phones.text(rosa.phone(), "OK " + code).twiml()).contains("Recibido.");
            alerts.await(alert.id(), a -> !a.entries("RESPONSE").isEmpty(), PATIENCE);
            Call diegosCall = phones.awaitCall(diego.phone(), Call::waitsForKey, PATIENCE);
            phones.press(diegosCall, "1");

            Alert acknowledged = alerts.await(alert.id(), a -> a.state().equals("ACKNOWLEDGED"), PATIENCE);
            Instant quorum = Instant.now();
            assertThat(acknowledged.acks()).containsExactly(new Alerts.Ack(rosa.id(), "SMS"),
                    new Alerts.Ack(diego.id(), "VOICE"));
            for (Responder contacted : List.of(ana, luis, olga)) {
                Sms told = phones.awaitSms(contacted.phone(), s -> s.body().startsWith("CENTINELA " + code + ": ya "),
                        PATIENCE);
                assertThat(told.body()).as("who is on it").contains("Rosa", "Diego");
            }

            Eventually.pause(UNIT_REPEAT_EVERY.multipliedBy(2));
            List<Sms> afterwards = Stream.of(ana, luis, rosa, diego, olga)
                    .flatMap(person -> phones.smsTo(person.phone()).stream())
                    .filter(s -> s.createdAt().isAfter(quorum)).toList();
            assertThat(afterwards).as("no reminder after the quorum").extracting(Sms::body)
                    .noneMatch(body -> body.startsWith("CENTINELA recordatorio") || body.startsWith("CENTINELA alerta"));
            assertThat(Stream.of(ana, luis, rosa, diego, olga).flatMap(p -> phones.callsTo(p.phone()).stream())
                    .filter(c -> c.createdAt().isAfter(quorum))).as("no call after the quorum").isEmpty();

            Alert told = alerts.get(alert.id());
            assertThat(told.timeline()).extracting(Entry::at).isSorted();
            assertThat(told.tellsInOrder(
                    "SIGNAL_RECEIVED: PANIC",
                    "LEVEL_STARTED: level 1",
                    "NOTIFICATION_REQUESTED: ALERT to " + ana.id() + " on SMS",
                    "NOTIFICATION_REQUESTED: ALERT to " + ana.id() + " on VOICE",
                    "NOTIFICATION_STATUS: ALERT to " + ana.id() + " on SMS: DELIVERED",
                    "NOTIFICATION_REQUESTED: REMINDER to " + ana.id(),
                    "LEVEL_STARTED: level 2",
                    "NOTIFICATION_REQUESTED: ESCALATION to " + rosa.id() + " on SMS",
                    "RESPONSE: ACK from " + rosa.id() + " (RESPONDER) by SMS",
                    "RESPONSE: ACK from " + diego.id() + " (RESPONDER) by VOICE",
                    "STATE_CHANGED: ESCALATING → ACKNOWLEDGED",
                    "NOTE: quorum of level 2 reached: " + rosa.id() + ", " + diego.id(),
                    "NOTIFICATION_REQUESTED: SOMEONE_ON_IT to " + olga.id()))
                    .as("the timeline tells every step in order:%n%s", told.told()).isTrue();
        } finally {
            alerts.resolve(alert.id());
        }
    }
}
