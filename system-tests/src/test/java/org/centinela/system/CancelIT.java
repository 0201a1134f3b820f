package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 2: "BIEN <pin>" cancels her alert and her network stands down. Forced to cancel, she texts her
 * duress PIN instead: whoever holds her phone sees the very same reply, while the alert turns CRITICAL and
 * escalates, and nobody is told to stand down. Whoever holds her phone cannot defeat her duress PIN: not by
 * locking her PIN out first, not through one responder's "RESUELTO", not by getting her to write her PIN inside a
 * sentence.
 */
@ExtendWith(RunningCentinela.class)
class CancelIT {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final String WRONG_PIN = "9090";

    private final Phones phones;
    private final Alerts alerts;
    private final Network network;
    private Responder luis;
    private Responder rosa;
    private Defender marta;

    CancelIT(Centinela centinela) {
        this.phones = centinela.phones();
        this.alerts = new Alerts(centinela);
        this.network = new Network(centinela);
    }

    @BeforeEach
    void herNetwork() {
        luis = network.responder("Luis", "SMS");
        rosa = network.responder("Rosa", "SMS");
        String policy = network.policy(
                Level.of(network.group("trusted", luis), 1, Duration.ofMinutes(2), null, "SMS"),
                Level.of(network.group("unit", rosa), 1, Duration.ofMinutes(5), null, "SMS"));
        marta = network.defender("Marta", policy);
    }

    @Test
    void herPinCancelsTheAlertAndHerNetworkStandsDown() {
        String sosReply = phones.text(marta.phone(), "SOS").twiml();
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        phones.awaitSms(luis.phone(), sms -> sms.body().contains(alert.code()), PATIENCE);

        String cancelReply = phones.text(marta.phone(), "BIEN " + marta.pin()).twiml();

        assertThat(cancelReply).isEqualTo(sosReply).contains("Recibido.");
        Alert cancelled = alerts.await(alert.id(), a -> a.state().equals("CANCELLED"), PATIENCE);
        assertThat(cancelled.level()).isEqualTo(1);
        assertThat(phones.awaitSms(luis.phone(), sms -> sms.body().contains("terminó"), PATIENCE).body())
                .isEqualTo("CENTINELA " + alert.code() + ": la alerta terminó, ya no se necesita tu apoyo. Gracias.");
        assertThat(phones.smsTo(rosa.phone())).as("level 2 never woken").isEmpty();
    }

    @Test
    void herDuressPinLooksTheSameToHerAndEscalatesAsCriticalWithoutAStandDown() {
        String sosReply = phones.text(marta.phone(), "SOS").twiml();
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        phones.awaitSms(luis.phone(), sms -> sms.body().contains(alert.code()), PATIENCE);

        String duressReply = phones.text(marta.phone(), "BIEN " + marta.duressPin()).twiml();
        try {
            assertThat(duressReply).as("the same reply as any other").isEqualTo(sosReply).contains("Recibido.");
            Alert critical = alerts.await(alert.id(), a -> a.level() == 2, PATIENCE);
            assertThat(critical.grade()).isEqualTo("CRITICAL");
            assertThat(critical.state()).isEqualTo("ESCALATING");
            assertThat(phones.awaitSms(rosa.phone(), sms -> sms.body().contains(alert.code()), PATIENCE).body())
                    .startsWith("CENTINELA alerta CRÍTICA " + alert.code());

            Eventually.pause(Duration.ofSeconds(2));
            assertThat(alerts.get(alert.id()).state()).isEqualTo("ESCALATING");
            assertThat(phones.smsTo(luis.phone())).as("no stand-down").extracting(Phones.Sms::body)
                    .noneMatch(body -> body.contains("terminó"));
        } finally {
            alerts.resolve(alert.id());
        }
    }

    @Test
    void afterSixWrongPinsHerDuressPinStillRaisesDuressWithTheSameReply() {
        String sosReply = phones.text(marta.phone(), "SOS").twiml();
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        try {
            for (int attempt = 0; attempt < 6; attempt++) {
                assertThat(phones.text(marta.phone(), "BIEN " + WRONG_PIN).twiml()).isEqualTo(sosReply);
            }
            assertThat(phones.text(marta.phone(), "BIEN " + marta.duressPin()).twiml()).isEqualTo(sosReply);

            Alert critical = alerts.await(alert.id(), a -> "CRITICAL".equals(a.grade()), PATIENCE);
            assertThat(critical.entries("SIGNAL_RECEIVED")).extracting(Alerts.Entry::detail)
                    .anyMatch(detail -> detail.startsWith("DURESS "));
            assertThat(critical.state()).isIn("OPEN", "ESCALATING");
        } finally {
            alerts.resolve(alert.id());
        }
    }

    @Test
    void oneRespondersResueltoNeverEndsAnAlertMadeCriticalByDuressOnlyAVerifyingOperatorDoes() {
        phones.text(marta.phone(), "SOS");
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        phones.awaitSms(luis.phone(), sms -> sms.body().contains(alert.code()), PATIENCE);
        phones.text(marta.phone(), "BIEN " + marta.duressPin());
        alerts.await(alert.id(), a -> "CRITICAL".equals(a.grade()), PATIENCE);

        phones.text(luis.phone(), "RESUELTO " + alert.code());

        Alert recorded = alerts.await(alert.id(), a -> !a.entries("RESOLVE_RECORDED").isEmpty(), PATIENCE);
        assertThat(recorded.state()).isNotIn("RESOLVED", "CANCELLED");
        assertThat(recorded.entries("RESOLVE_RECORDED").get(0).detail()).contains("only an operator");
        assertThat(phones.smsTo(rosa.phone())).extracting(Phones.Sms::body).noneMatch(body -> body.contains("terminó"));

        alerts.resolve(alert.id());
        Alert resolved = alerts.await(alert.id(), a -> a.state().equals("RESOLVED"), PATIENCE);
        assertThat(resolved.entries("RESOLVE_VERIFIED")).hasSize(1);
    }

    @Test
    void herPinInsideASentenceCancelsAndNeverTravelsAsAReport() {
        String sosReply = phones.text(marta.phone(), "SOS").twiml();
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);

        assertThat(phones.text(marta.phone(), "BIEN mi pin " + marta.pin() + " gracias").twiml())
                .isEqualTo(sosReply);

        Alert cancelled = alerts.await(alert.id(), a -> a.state().equals("CANCELLED"), PATIENCE);
        assertThat(cancelled.entries("SIGNAL_RECEIVED")).extracting(Alerts.Entry::detail)
                .noneMatch(detail -> detail.startsWith("REPORT "));
        assertThat(cancelled.told()).doesNotContain(marta.pin());
    }

    @Test
    void herDuressPinInsideASentenceRaisesDuressAndIsNeverWrittenDown() {
        String sosReply = phones.text(marta.phone(), "SOS").twiml();
        Alert alert = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(), PATIENCE);
        try {
            assertThat(phones.text(marta.phone(), "ya estoy bien " + marta.duressPin() + " no se preocupen").twiml())
                    .isEqualTo(sosReply);

            Alert critical = alerts.await(alert.id(), a -> "CRITICAL".equals(a.grade()), PATIENCE);
            assertThat(critical.entries("SIGNAL_RECEIVED")).extracting(Alerts.Entry::detail)
                    .anyMatch(detail -> detail.startsWith("DURESS ")).noneMatch(detail -> detail.startsWith("REPORT "));
            JsonPath brief = alerts.brief(alert.id());
            assertThat(brief.prettify()).doesNotContain(marta.duressPin()).doesNotContain(marta.pin());
            assertThat(critical.told()).doesNotContain(marta.duressPin());
        } finally {
            alerts.resolve(alert.id());
        }
    }
}
