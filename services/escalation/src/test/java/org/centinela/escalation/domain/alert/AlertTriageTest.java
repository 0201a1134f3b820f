package org.centinela.escalation.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centinela.escalation.domain.alert.AlertFixtures.ALERT_ID;
import static org.centinela.escalation.domain.alert.AlertFixtures.MARTA;
import static org.centinela.escalation.domain.alert.AlertFixtures.T0;
import static org.centinela.escalation.domain.alert.AlertFixtures.context;
import static org.centinela.escalation.domain.alert.AlertFixtures.minutes;
import static org.centinela.escalation.domain.alert.AlertFixtures.operator;
import static org.centinela.escalation.domain.alert.AlertFixtures.panic;
import static org.centinela.escalation.domain.alert.AlertFixtures.reach;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.Test;

/** An operator's decision on an alert held for triage: attach it, open it for someone typed, or dismiss it. */
class AlertTriageTest {

    private static final String UNKNOWN = "unknown:ab12";
    private static final AlertContext NO_POLICY = new AlertContext(null, reach(), Set.of("olga"));

    /** An SOS from a number the directory does not know, ELEVATED: held at level 0. */
    private static Alert held() {
        SignalAssessed unknown = new SignalAssessed(UUID.randomUUID(), UNKNOWN, false, SignalType.PANIC,
                SignalSource.SMS, T0, 40, Grade.ELEVATED, 1, List.of(), true, null, null, null);
        Alert alert = Alert.open(ALERT_ID, "4821", unknown, NO_POLICY, T0);
        alert.drainChanges();
        return alert;
    }

    private static List<String> sent(AlertChanges changes) {
        return changes.notifications().stream().map(n -> n.personId() + " " + n.channel() + " " + n.purpose())
                .toList();
    }

    @Test
    void anAlertIsHeldWhileActiveAndAtLevelZero() {
        Alert alert = held();
        Alert started = Alert.open(ALERT_ID, "4822", panic(Grade.HIGH), context(), T0);

        assertThat(alert.heldForTriage()).isTrue();
        assertThat(started.heldForTriage()).isFalse();
        alert.respond(operator("operadora", ResponseKind.RESOLVE), context(), minutes(1));
        assertThat(alert.heldForTriage()).as("resolved").isFalse();
    }

    @Test
    void attachedToADefenderItBecomesHersAndStartsTheLevelItsGradeStartsAtUnderHerPolicy() {
        Alert alert = held();

        alert.attachTo(MARTA, context(), "operadora", minutes(2));

        AlertChanges changes = alert.drainChanges();
        assertThat(alert.defenderId()).isEqualTo(MARTA);
        assertThat(alert.verifiedSender()).isTrue();
        assertThat(alert.policyId()).isEqualTo("gt");
        assertThat(alert.policyVersion()).isEqualTo(3);
        assertThat(alert.level()).isEqualTo(1);
        assertThat(alert.heldForTriage()).isFalse();
        assertThat(alert.typedName()).isNull();
        assertThat(sent(changes)).containsExactlyInAnyOrder("ana SMS ALERT", "bea SMS ALERT", "ana SMS BRIEF",
                "bea SMS BRIEF");
        assertThat(changes.timeline()).filteredOn(entry -> entry.type() == TimelineType.TRIAGED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo("operadora");
                    assertThat(entry.personId()).isEqualTo(MARTA);
                    assertThat(entry.detail()).isEqualTo("attached to defender d-marta by operadora");
                });
        assertThat(changes.lifecycle()).extracting(AlertLifecycle::kind)
                .containsExactly(LifecycleKind.BRIEF_UPDATED, LifecycleKind.LEVEL_STARTED);
        assertThat(changes.lifecycle()).allSatisfy(event -> {
            assertThat(event.defenderId()).isEqualTo(MARTA);
            assertThat(event.verifiedSender()).isTrue();
        });
        assertThat(changes.lifecycle().get(0).actorId()).isEqualTo("operadora");
        assertThat(changes.briefChanged()).isTrue();
        assertThat(alert.briefVersion()).isEqualTo(2);

        Alert restored = Alert.restore(alert.snapshot());
        assertThat(restored.defenderId()).isEqualTo(MARTA);
        assertThat(restored.verifiedSender()).isTrue();
    }

    @Test
    void openedForSomeoneNotInTheDirectoryItKeepsTheTypedNameOffTheTimelineAndEvents() {
        Alert alert = held();

        alert.openFor("  Rosa  ", context(), "operadora", minutes(2));

        AlertChanges changes = alert.drainChanges();
        assertThat(alert.typedName()).isEqualTo("Rosa");
        assertThat(alert.defenderId()).isEqualTo(UNKNOWN);
        assertThat(alert.verifiedSender()).isTrue();
        assertThat(alert.level()).isEqualTo(1);
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(sent(changes)).contains("ana SMS ALERT", "bea SMS ALERT");
        assertThat(changes.timeline()).filteredOn(entry -> entry.type() == TimelineType.TRIAGED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo("operadora");
                    assertThat(entry.personId()).isNull();
                    assertThat(entry.detail())
                            .isEqualTo("opened by operadora for someone not in the directory, under policy gt v3");
                });
        assertThat(changes.timeline()).extracting(TimelineEntry::detail).noneMatch(line -> line.contains("Rosa"));
        assertThat(changes.briefChanged()).isTrue();
        assertThat(Alert.restore(alert.snapshot()).typedName()).isEqualTo("Rosa");
    }

    @Test
    void dismissedItIsResolvedAndNobodyIsContacted() {
        Alert alert = held();

        alert.dismiss("a wrong number, she called back", "operadora", minutes(2));

        AlertChanges changes = alert.drainChanges();
        assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(changes.notifications()).isEmpty();
        assertThat(changes.steps()).isEmpty();
        assertThat(changes.timeline()).filteredOn(entry -> entry.type() == TimelineType.TRIAGED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actorId()).isEqualTo("operadora");
                    assertThat(entry.detail()).isEqualTo("dismissed by operadora: a wrong number, she called back");
                });
        assertThat(changes.lifecycle()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(LifecycleKind.RESOLVED);
            assertThat(event.actorId()).isEqualTo("operadora");
        });
    }

    @Test
    void anAlertNotHeldIsRefusedEveryDecisionAndChangesNothing() {
        Alert started = Alert.open(ALERT_ID, "4822", panic(Grade.HIGH), context(), T0);
        started.drainChanges();
        Alert dismissed = held();
        dismissed.dismiss("test", "operadora", minutes(1));
        dismissed.drainChanges();

        for (Alert alert : List.of(started, dismissed)) {
            assertThatThrownBy(() -> alert.attachTo(MARTA, context(), "operadora", minutes(2)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not held for triage");
            assertThatThrownBy(() -> alert.openFor("Rosa", context(), "operadora", minutes(2)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not held for triage")
                    .hasMessageNotContaining("Rosa");
            assertThatThrownBy(() -> alert.dismiss("no", "operadora", minutes(2)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("not held for triage");
            assertThat(alert.drainChanges().isEmpty()).isTrue();
        }
        assertThat(started.defenderId()).isEqualTo(MARTA);
    }

    @Test
    void aDecisionWithoutAPolicyANameOrAReasonIsRefused() {
        Alert alert = held();

        assertThatThrownBy(() -> alert.attachTo(MARTA, NO_POLICY, "operadora", minutes(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("policy");
        assertThatThrownBy(() -> alert.openFor(" ", context(), "operadora", minutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> alert.dismiss("", "operadora", minutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(alert.heldForTriage()).isTrue();
        assertThat(alert.defenderId()).isEqualTo(UNKNOWN);
        assertThat(alert.drainChanges().isEmpty()).isTrue();
    }
}
