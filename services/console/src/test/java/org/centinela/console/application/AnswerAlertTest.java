package org.centinela.console.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class AnswerAlertTest {

    private final Escalation escalation = new Escalation();
    private final AnswerAlert answer = new AnswerAlert(escalation);
    private final UUID alert = UUID.randomUUID();

    @Test
    void anOperatorsCloseCarriesHowSheVerifiedTheDefender() {
        answer.answer(alert, "RESOLVE", "  la llamé y habló con su palabra de seguridad ");

        assertThat(escalation.asked).containsExactly(
                "RESOLVE " + alert + " verified: la llamé y habló con su palabra de seguridad");
    }

    @Test
    void aBlankVerificationIsNone() {
        answer.answer(alert, "ACK", " ");

        assertThat(escalation.asked).containsExactly("ACK " + alert);
    }

    @Test
    void anUnknownKindIsRefused() {
        assertThatThrownBy(() -> answer.answer(alert, "CANCEL", null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(escalation.asked).isEmpty();
    }
}
