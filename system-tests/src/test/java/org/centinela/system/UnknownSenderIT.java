package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.centinela.system.Alerts.Alert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 3: a number nobody enrolled texts SOS. Operators see an unverified alert to triage; nobody is
 * contacted, and the number gets no reply (texting Centinela's number costs it nothing and learns it nothing).
 * The operator on duty reads the number and the words, and can attach the alert to a defender.
 */
@ExtendWith(RunningCentinela.class)
class UnknownSenderIT {

    private final Centinela centinela;
    private final Phones phones;
    private final Alerts alerts;

    UnknownSenderIT(Centinela centinela) {
        this.centinela = centinela;
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

    /**
     * Triage: the operator on duty reads the stranger's number and words, verifies her (she is a defender texting
     * from a borrowed phone) and attaches the alert to her: her network is alerted under her policy.
     */
    @Test
    void theOperatorReadsTheNumberAndWordsAndAttachesTheAlertToADefenderWhoseNetworkIsAlerted() {
        Network network = new Network(centinela);
        Network.Responder contact = network.responder("Contacto", "SMS");
        Network.Defender lucia = network.defender("Lucía Pérez", "Lucía", null, network.policy(Network.Level.of(
                network.group("triage", contact), 1, Duration.ofMinutes(5), null, "SMS")));
        String borrowed = Network.unenrolledPhone();
        Instant sent = Instant.now();

        phones.text(borrowed, "SOS soy Lucia, me quitaron el telefono, estoy en la alcaldia");

        Alert held = Eventually.get(() -> alerts.latest().stream()
                .filter(a -> !a.verifiedSender() && !a.openedAt().isBefore(sent.minusMillis(50)))
                .findFirst().orElse(null), Duration.ofSeconds(20), "unverified alert");
        try {
            JsonPath brief = alerts.brief(held.id());
            assertThat(brief.getString("defender.phone")).as("her number, to call her back").isEqualTo(borrowed);
            assertThat(brief.getBoolean("heldForTriage")).isTrue();
            assertThat(brief.getList("signals.text", String.class))
                    .containsExactly("SOS soy Lucia, me quitaron el telefono, estoy en la alcaldia");

            Alert attached = alerts.triage(held.id(), Map.of("action", "ATTACH", "defenderId", lucia.id()));

            assertThat(attached.defenderId()).isEqualTo(lucia.id());
            assertThat(attached.verifiedSender()).isTrue();
            assertThat(attached.level()).as("her policy's level starts").isEqualTo(1);
            Phones.Sms alerted = phones.awaitSms(contact.phone(), sms -> sms.body().startsWith("CENTINELA alerta"),
                    Duration.ofSeconds(20));
            assertThat(alerted.body()).contains(held.code());
            Phones.Sms briefed = phones.awaitSms(contact.phone(),
                    sms -> sms.body().startsWith("CENTINELA " + held.code() + ": Luc"), Duration.ofSeconds(20));
            assertThat(briefed.body()).as("with her brief: her name and the words of the borrowed phone")
                    .contains("me quitaron el telefono");
            assertThat(alerts.get(held.id()).entries("TRIAGED")).hasSize(1);
        } finally {
            alerts.resolve(held.id());
        }
    }
}
