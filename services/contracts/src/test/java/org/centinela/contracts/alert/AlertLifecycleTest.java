package org.centinela.contracts.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.centinela.contracts.Examples;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AlertLifecycleTest {

    private static AlertLifecycle event(LifecycleKind kind, AlertState state, int level, UUID signalId,
            String actorId) {
        return new AlertLifecycle(Examples.ALERT_ID, "4821", Examples.DEFENDER_ID, kind, state, Grade.HIGH, level,
                true, signalId, actorId, Examples.AT);
    }

    @Test
    void isKeyedByTheAlert() {
        assertThat(Examples.opened().key()).isEqualTo(Examples.ALERT_ID.toString());
    }

    @ParameterizedTest(name = "{0} cannot leave the alert {1}")
    @CsvSource({
        "RESOLVED, OPEN", "RESOLVED, ACKNOWLEDGED", "CANCELLED, ESCALATING", "CANCELLED, RESOLVED",
        "QUORUM_REACHED, ESCALATING", "QUORUM_REACHED, OPEN"})
    void refusesAStateThatCannotFollowWhatHappened(LifecycleKind kind, AlertState state) {
        assertThatThrownBy(() -> event(kind, state, 1, Examples.SIGNAL_ID, "person-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("state must not be " + state + " after " + kind);
    }

    @ParameterizedTest
    @EnumSource(value = LifecycleKind.class, names = {"OPENED", "SIGNAL_JOINED"})
    void namesTheSignalThatOpenedOrJoinedTheAlert(LifecycleKind kind) {
        assertThatThrownBy(() -> event(kind, AlertState.OPEN, 1, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("signalId must not be null for " + kind);
    }

    @ParameterizedTest
    @CsvSource({"ACK_RECEIVED, ESCALATING", "RESOLVED, RESOLVED", "CANCELLED, CANCELLED"})
    void namesThePersonWhoseActItRecords(LifecycleKind kind, AlertState state) {
        assertThatThrownBy(() -> event(kind, state, 1, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("actorId must not be null for " + kind);
    }

    @Test
    void anAlertHeldForTriageHasStartedNoLevel() {
        assertThat(event(LifecycleKind.OPENED, AlertState.OPEN, 0, Examples.SIGNAL_ID, null).level()).isZero();
        assertThatThrownBy(() -> event(LifecycleKind.LEVEL_STARTED, AlertState.ESCALATING, -1, null, null))
                .hasMessage("level must be at least 0, was -1");
    }

    @Test
    void needsTheAlertCodeAndGrade() {
        assertThatThrownBy(() -> new AlertLifecycle(Examples.ALERT_ID, null, Examples.DEFENDER_ID,
                LifecycleKind.LEVEL_STARTED, AlertState.ESCALATING, Grade.HIGH, 2, true, null, null, Examples.AT))
                .hasMessage("alertCode must not be null");
        assertThatThrownBy(() -> new AlertLifecycle(Examples.ALERT_ID, "4821", Examples.DEFENDER_ID,
                LifecycleKind.LEVEL_STARTED, AlertState.ESCALATING, null, 2, true, null, null, Examples.AT))
                .hasMessage("grade must not be null");
    }
}
