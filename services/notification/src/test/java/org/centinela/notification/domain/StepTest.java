package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;

class StepTest {

    @Test
    void criticalAlertsComeFirstThenWhatAsksForAnAnswer() {
        List<String> order = Arrays.stream(Grade.values())
                .flatMap(grade -> Arrays.stream(NotificationPurpose.values()).map(purpose -> step(grade, purpose)))
                .sorted(Comparator.comparingInt((Step step) -> step.priority()).reversed())
                .map(step -> step.grade() + " " + (step.asksForAnswer() ? "asks" : "informs"))
                .distinct()
                .toList();

        assertThat(order).containsExactly("CRITICAL asks", "CRITICAL informs", "HIGH asks", "HIGH informs",
                "ELEVATED asks", "ELEVATED informs", "LOW asks", "LOW informs");
    }

    @Test
    void alertsRemindersEscalationsAndOperatorPagesAskForAnAnswer() {
        assertThat(Arrays.stream(NotificationPurpose.values()).filter(p -> step(Grade.HIGH, p).asksForAnswer()))
                .containsExactlyInAnyOrder(NotificationPurpose.ALERT, NotificationPurpose.REMINDER,
                        NotificationPurpose.ESCALATION, NotificationPurpose.OPERATOR_PAGE);
    }

    @Test
    void anInvalidStepIsRefused() {
        assertThatThrownBy(() -> new Step("k", UUID.randomUUID(), UUID.randomUUID(), "48-21", "p", Channel.SMS,
                NotificationPurpose.ALERT, Grade.LOW, 1, 0)).hasMessageContaining("alertCode");
        assertThatThrownBy(() -> new Step("k", UUID.randomUUID(), UUID.randomUUID(), "4821", "p", Channel.SMS,
                NotificationPurpose.ALERT, Grade.LOW, 0, 0)).hasMessageContaining("level");
    }

    static Step step(Grade grade, NotificationPurpose purpose) {
        return new Step("key-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "4821", "person-1", Channel.SMS,
                purpose, grade, 1, 0);
    }
}
