package org.centinela.escalation.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.centinela.escalation.domain.alert.AlertFixtures.ALERT_ID;
import static org.centinela.escalation.domain.alert.AlertFixtures.POLICY;
import static org.centinela.escalation.domain.alert.AlertFixtures.T0;
import static org.centinela.escalation.domain.alert.AlertFixtures.UNIT;
import static org.centinela.escalation.domain.alert.AlertFixtures.context;
import static org.centinela.escalation.domain.alert.AlertFixtures.minutes;
import static org.centinela.escalation.domain.alert.AlertFixtures.operator;
import static org.centinela.escalation.domain.alert.AlertFixtures.panic;
import static org.centinela.escalation.domain.alert.AlertFixtures.reach;
import static org.centinela.escalation.domain.alert.AlertFixtures.response;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.junit.jupiter.api.Test;

/**
 * Updates of the brief to the people on it, coalesced per person: at most one every gap (two minutes here), the
 * rest by a BRIEF_UPDATE step when her gap ends. Ana and bea (level 1, ON_CONTACT by default) were sent the brief
 * by SMS at opening; caro, dora and eva are level 2 (ON_ACK by default).
 */
class AlertBriefUpdatesTest {

    /** "person channel round version" of each BRIEF_UPDATE requested. */
    private static List<String> updates(AlertChanges changes) {
        return changes.notifications().stream().filter(n -> n.purpose() == NotificationPurpose.BRIEF_UPDATE)
                .map(n -> n.personId() + " " + n.channel() + " " + n.round() + " v" + n.briefVersion())
                .toList();
    }

    private static List<Step> updateSteps(AlertChanges changes) {
        return changes.steps().stream().filter(step -> step.kind() == StepKind.BRIEF_UPDATE).toList();
    }

    /** Opened HIGH at T0; ana acknowledged 30 s later (the alert is ACKNOWLEDGED). */
    private static Alert anaOnIt(AlertContext context) {
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        alert.respond(response("ana", ResponseKind.ACK), context, minutes(0).plusSeconds(30));
        alert.drainChanges();
        return alert;
    }

    @Test
    void twoChangesWithinTheGapMakeOneUpdateNowAndOneWhenTheGapEnds() {
        Alert alert = anaOnIt(context());

        alert.briefChanged(context(), minutes(3));
        AlertChanges first = alert.drainChanges();
        assertThat(updates(first)).containsExactly("ana SMS 1 v3");
        assertThat(updateSteps(first)).isEmpty();
        assertThat(first.notifications()).filteredOn(n -> n.purpose() == NotificationPurpose.BRIEF_UPDATE)
                .singleElement().satisfies(update -> {
                    assertThat(update.brief()).isEqualTo(BriefDisclosure.ON_CONTACT);
                    assertThat(update.idempotencyKey()).isEqualTo(NotificationRequested.idempotencyKey(ALERT_ID, 1, 1,
                            "ana", Channel.SMS, NotificationPurpose.BRIEF_UPDATE));
                });

        alert.briefChanged(context(), minutes(3).plusSeconds(30));
        AlertChanges second = alert.drainChanges();
        assertThat(updates(second)).isEmpty();
        assertThat(updateSteps(second)).containsExactly(new Step(StepKind.BRIEF_UPDATE, 1, 1, minutes(5)));

        alert.briefChanged(context(), minutes(4));
        AlertChanges third = alert.drainChanges();
        assertThat(updates(third)).isEmpty();
        assertThat(third.steps()).as("the step at 5 min will send the latest").isEmpty();

        alert.fire(new Step(StepKind.BRIEF_UPDATE, 1, 1, minutes(5)), context(), minutes(5));
        AlertChanges gapEnded = alert.drainChanges();
        assertThat(updates(gapEnded)).containsExactly("ana SMS 2 v5");
        assertThat(gapEnded.steps()).isEmpty();
    }

    @Test
    void aChangeSoonAfterHerBriefWaitsForTheGapToEnd() {
        Alert alert = anaOnIt(context());

        alert.briefChanged(context(), minutes(1));

        AlertChanges changes = alert.drainChanges();
        assertThat(updates(changes)).as("she had the brief at opening, a minute ago").isEmpty();
        assertThat(changes.steps()).containsExactly(new Step(StepKind.BRIEF_UPDATE, 1, 1, minutes(2)));

        alert.fire(new Step(StepKind.BRIEF_UPDATE, 1, 1, minutes(2)), context(), minutes(2));
        assertThat(updates(alert.drainChanges())).containsExactly("ana SMS 1 v3");
    }

    @Test
    void theGapIsTheContexts() {
        AlertContext drill = new AlertContext(POLICY, reach(), Set.of("olga"), Duration.ofSeconds(10));
        Alert alert = anaOnIt(drill);

        alert.briefChanged(drill, minutes(0).plusSeconds(31));

        assertThat(updates(alert.drainChanges())).containsExactly("ana SMS 1 v3");
    }

    @Test
    void onlyWhoAcknowledgedGetsUpdatesAndUnderOnAckOnTheChannelsHerBriefWentOn() {
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
        alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context(), minutes(2));
        alert.drainChanges();
        alert.respond(response("caro", ResponseKind.ACK), context(), minutes(3));
        AlertChanges acknowledged = alert.drainChanges();
        assertThat(acknowledged.notifications()).filteredOn(n -> n.purpose() == NotificationPurpose.BRIEF)
                .extracting(NotificationRequested::personId, NotificationRequested::channel)
                .containsExactlyInAnyOrder(tuple("caro", Channel.SMS), tuple("caro", Channel.EMAIL));

        alert.briefChanged(context(), minutes(6));

        assertThat(updates(alert.drainChanges())).containsExactlyInAnyOrder("caro SMS 1 v3", "caro EMAIL 1 v3");
    }

    @Test
    void eachPersonHasHerOwnGapAndOneStepWaitsForTheEarliest() {
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
        alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context(), minutes(2));
        alert.respond(response("ana", ResponseKind.ACK), context(), minutes(2).plusSeconds(30));
        alert.respond(response("eva", ResponseKind.ACK), context(), minutes(3));
        alert.drainChanges();

        alert.briefChanged(context(), minutes(4));
        AlertChanges changes = alert.drainChanges();
        assertThat(updates(changes)).as("ana's brief is 4 minutes old, eva's 1").containsExactly("ana SMS 1 v4");
        assertThat(changes.steps()).containsExactly(new Step(StepKind.BRIEF_UPDATE, 2, 1, minutes(5)));

        alert.fire(new Step(StepKind.BRIEF_UPDATE, 2, 1, minutes(5)), context(), minutes(5));
        assertThat(updates(alert.drainChanges())).containsExactly("eva SMS 1 v4");
    }

    @Test
    void noUpdateUnderNever() {
        PolicyLevel trusted = AlertFixtures.TRUSTED;
        PolicyLevel never = new PolicyLevel(trusted.name(), trusted.targets(), trusted.channels(), trusted.quorum(),
                trusted.escalateAfter(), trusted.repeatEvery(), BriefDisclosure.NEVER);
        AlertContext quiet = new AlertContext(new EscalationPolicy("gt", "Guatemala", List.of(never, UNIT),
                POLICY.startLevelByGrade(), 3), reach(), Set.of("olga"));
        Alert alert = anaOnIt(quiet);

        alert.briefChanged(quiet, minutes(3));
        alert.briefChanged(quiet, minutes(4));

        AlertChanges changes = alert.drainChanges();
        assertThat(changes.notifications()).isEmpty();
        assertThat(changes.steps()).isEmpty();
    }

    @Test
    void aStepThatFindsNobodyBehindOrAnAlertOverDoesNothing() {
        Alert alert = anaOnIt(context());
        alert.briefChanged(context(), minutes(1));
        alert.drainChanges();
        alert.fire(new Step(StepKind.BRIEF_UPDATE, 1, 1, minutes(2)), context(), minutes(2));
        alert.drainChanges();

        alert.fire(new Step(StepKind.BRIEF_UPDATE, 1, 1, minutes(2)), context(), minutes(2).plusSeconds(1));
        assertThat(alert.drainChanges().isEmpty()).as("the same step again").isTrue();

        alert.briefChanged(context(), minutes(3));
        alert.respond(operator("operadora", ResponseKind.RESOLVE), context(), minutes(3).plusSeconds(10));
        alert.drainChanges();
        alert.fire(new Step(StepKind.BRIEF_UPDATE, 1, 2, minutes(4)), context(), minutes(4));
        assertThat(updates(alert.drainChanges())).isEmpty();
    }

    @Test
    void aJoinedSignalIsAChangeToo() {
        Alert alert = anaOnIt(context());

        alert.join(panic(Grade.LOW), context(), minutes(3));

        assertThat(updates(alert.drainChanges())).containsExactly("ana SMS 1 v3");
    }

    @Test
    void aRestoredAlertRemembersTheStepItWaitsFor() {
        Alert alert = anaOnIt(context());
        alert.briefChanged(context(), minutes(1));
        assertThat(alert.drainChanges().steps()).hasSize(1);

        Alert restored = Alert.restore(alert.snapshot());
        restored.briefChanged(context(), minutes(1).plusSeconds(30));
        assertThat(restored.drainChanges().steps()).isEmpty();

        restored.fire(new Step(StepKind.BRIEF_UPDATE, 1, 1, minutes(2)), context(), minutes(2));
        assertThat(updates(restored.drainChanges())).containsExactly("ana SMS 1 v4");
    }

    @Test
    void aStepStoredToTheMicrosecondStillMakesWayForTheNextOne() {
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
        alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context(), minutes(2));
        Instant evasBrief = minutes(2).plusSeconds(30).plusNanos(7);
        alert.respond(response("eva", ResponseKind.ACK), context(), evasBrief);
        alert.respond(response("ana", ResponseKind.ACK), context(), minutes(2).plusSeconds(40));
        alert.briefChanged(context(), minutes(3));
        alert.briefChanged(context(), minutes(3).plusSeconds(10));
        alert.drainChanges();

        // The database keeps the step's time to the microsecond: it fires a few nanoseconds before the time known.
        Instant stored = evasBrief.plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.MICROS);
        alert.fire(new Step(StepKind.BRIEF_UPDATE, 2, 1, stored), context(), stored.plusNanos(1_000));

        AlertChanges fired = alert.drainChanges();
        assertThat(updates(fired)).as("eva's gap is over").containsExactly("eva SMS 1 v5");
        assertThat(updateSteps(fired)).as("ana's gap, from her update at 3:00, is not: a step waits for it")
                .containsExactly(new Step(StepKind.BRIEF_UPDATE, 2, 2, minutes(5)));
    }
}
