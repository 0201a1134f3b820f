package org.centinela.escalation.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centinela.escalation.domain.alert.AlertFixtures.ALERT_ID;
import static org.centinela.escalation.domain.alert.AlertFixtures.MARTA;
import static org.centinela.escalation.domain.alert.AlertFixtures.POLICY;
import static org.centinela.escalation.domain.alert.AlertFixtures.T0;
import static org.centinela.escalation.domain.alert.AlertFixtures.cancelSignal;
import static org.centinela.escalation.domain.alert.AlertFixtures.context;
import static org.centinela.escalation.domain.alert.AlertFixtures.escalatedToUnit;
import static org.centinela.escalation.domain.alert.AlertFixtures.minutes;
import static org.centinela.escalation.domain.alert.AlertFixtures.openedHigh;
import static org.centinela.escalation.domain.alert.AlertFixtures.operator;
import static org.centinela.escalation.domain.alert.AlertFixtures.panic;
import static org.centinela.escalation.domain.alert.AlertFixtures.reach;
import static org.centinela.escalation.domain.alert.AlertFixtures.response;
import static org.centinela.escalation.domain.alert.AlertFixtures.sent;
import static org.centinela.escalation.domain.alert.AlertFixtures.signal;
import static org.centinela.escalation.domain.alert.AlertFixtures.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.domain.alert.AlertFixtures.FakeReach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class AlertTest {

    private static List<LifecycleKind> kinds(AlertChanges changes) {
        return changes.lifecycle().stream().map(AlertLifecycle::kind).toList();
    }

    @Nested
    class Opening {

        @Test
        void startsTheLevelItsGradeStartsAtAndContactsItsPeopleOnTheLevelsChannels() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.OPEN);
            assertThat(alert.level()).isEqualTo(1);
            assertThat(sent(changes)).containsExactlyInAnyOrder("ana SMS ALERT 1/0", "bea SMS ALERT 1/0",
                    "ana SMS BRIEF 1/0", "bea SMS BRIEF 1/0");
            assertThat(kinds(changes)).containsExactly(LifecycleKind.OPENED, LifecycleKind.LEVEL_STARTED);
            assertThat(changes.steps()).containsExactlyInAnyOrder(
                    new Step(StepKind.ESCALATE, 1, 0, minutes(2)), new Step(StepKind.REPEAT, 1, 1, minutes(1)));
            assertThat(changes.notifications()).allSatisfy(n -> {
                assertThat(n.alertCode()).isEqualTo("4821");
                assertThat(n.grade()).isEqualTo(Grade.HIGH);
                assertThat(n.idempotencyKey()).isEqualTo(NotificationRequested.idempotencyKey(ALERT_ID, 1, 0,
                        n.personId(), n.channel(), n.purpose()));
            });
        }

        @Test
        void aCriticalSignalStartsAtTheCriticalStartLevel() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.CRITICAL), context(), T0);

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.level()).isEqualTo(2);
            assertThat(alert.state()).isEqualTo(AlertState.OPEN);
            assertThat(sent(changes)).containsExactlyInAnyOrder("caro SMS ALERT 2/0", "caro VOICE ALERT 2/0",
                    "caro EMAIL ALERT 2/0", "dora EMAIL ALERT 2/0", "eva SMS ALERT 2/0", "eva VOICE ALERT 2/0");
        }

        @Test
        void aDuressOpensCritical() {
            Alert alert = Alert.open(ALERT_ID, "4821", signal(SignalType.DURESS, Grade.LOW), context(), T0);

            assertThat(alert.grade()).isEqualTo(Grade.CRITICAL);
            assertThat(alert.level()).isEqualTo(2);
        }

        @Test
        void anUnknownSenderIsHeldForTriageAndNobodyIsContacted() {
            SignalAssessed unknown = new SignalAssessed(UUID.randomUUID(), "unknown:ab12", false, SignalType.PANIC,
                    SignalSource.SMS, T0, 30, Grade.ELEVATED, 1, List.of(), true, null, null, null);

            Alert alert = Alert.open(ALERT_ID, "4821", unknown, context(), T0);

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.level()).isZero();
            assertThat(alert.state()).isEqualTo(AlertState.OPEN);
            assertThat(changes.notifications()).isEmpty();
            assertThat(changes.steps()).isEmpty();
            assertThat(changes.lifecycle()).singleElement().satisfies(event -> {
                assertThat(event.kind()).isEqualTo(LifecycleKind.OPENED);
                assertThat(event.verifiedSender()).isFalse();
                assertThat(event.level()).isZero();
            });
            assertThat(changes.timeline()).anySatisfy(entry ->
                    assertThat(entry.detail()).contains("held for operator triage"));
        }

        @Test
        void aSignalMarkedForTriageOrADefenderWithoutPolicyIsHeld() {
            SignalAssessed triage = new SignalAssessed(UUID.randomUUID(), MARTA, true, SignalType.REPORT,
                    SignalSource.APP, T0, 30, Grade.ELEVATED, 1, List.of(), true,
                    org.centinela.contracts.signal.ViolenceType.values()[0],
                    org.centinela.contracts.signal.PerpetratorType.values()[0], null);
            Alert held = Alert.open(ALERT_ID, "4821", triage, context(), T0);
            Alert noPolicy = Alert.open(ALERT_ID, "4822", panic(Grade.HIGH), new AlertContext(null, reach(), Set.of()),
                    T0);

            assertThat(held.level()).isZero();
            assertThat(held.drainChanges().notifications()).isEmpty();
            assertThat(noPolicy.level()).isZero();
            assertThat(noPolicy.drainChanges().notifications()).isEmpty();
        }

        @Test
        void aCancelNeverOpensAnAlert() {
            assertThatThrownBy(() -> Alert.open(ALERT_ID, "4821", cancelSignal(), context(), T0))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aLevelThatReachesNobodyEscalatesAtOnce() {
            FakeReach reach = reach();
            reach.group("trusted");

            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.LOW), context(reach), T0);

            assertThat(alert.level()).isEqualTo(2);
            assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);
            assertThat(sent(alert.drainChanges())).contains("dora EMAIL ESCALATION 2/0");
        }
    }

    @Nested
    class Repeats {

        @Test
        void theUnansweredAreContactedAgainEveryRepeatEvery() {
            Alert alert = openedHigh();

            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(1));

            AlertChanges changes = alert.drainChanges();
            assertThat(sent(changes)).containsExactlyInAnyOrder("ana SMS REMINDER 1/1", "bea SMS REMINDER 1/1");
            assertThat(changes.steps()).containsExactly(new Step(StepKind.REPEAT, 1, 2, minutes(2)));
        }

        @Test
        void whoAcknowledgedIsNotContactedAgain() {
            Alert alert = escalatedToUnit();
            alert.respond(response("caro", ResponseKind.ACK), context(), minutes(3));
            alert.drainChanges();

            alert.fire(new Step(StepKind.ESCALATE, 2, 0, minutes(7)), context(), minutes(7));

            assertThat(sent(alert.drainChanges())).filteredOn(line -> line.contains("REMINDER"))
                    .containsExactlyInAnyOrder("dora EMAIL REMINDER 2/1", "eva SMS REMINDER 2/1",
                            "eva VOICE REMINDER 2/1");
        }

        @Test
        void aStepFiredTwiceOrOutOfTurnDoesNothing() {
            Alert alert = openedHigh();
            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(1));
            alert.drainChanges();

            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(1).plusMillis(5));
            alert.fire(new Step(StepKind.REPEAT, 1, 3, minutes(3)), context(), minutes(1).plusMillis(5));

            assertThat(alert.drainChanges().isEmpty()).isTrue();
        }

        @Test
        void aLateRepeatIsNotFollowedByABurstOfCatchUps() {
            Alert alert = openedHigh();

            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(10));

            assertThat(alert.drainChanges().steps()).containsExactly(new Step(StepKind.REPEAT, 1, 2, minutes(11)));
        }

        @Test
        void whoDeclinedIsNotContactedAgain() {
            Alert alert = openedHigh();
            alert.respond(response("bea", ResponseKind.DECLINE), context(), minutes(0).plusSeconds(30));
            alert.drainChanges();

            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(1));

            assertThat(sent(alert.drainChanges())).containsExactly("ana SMS REMINDER 1/1");
        }
    }

    @Nested
    class Escalation {

        @Test
        void withoutQuorumTheNextLevelStartsAndEarlierLevelsKeepBeingReminded() {
            Alert alert = openedHigh();

            alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context(), minutes(2));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);
            assertThat(alert.level()).isEqualTo(2);
            assertThat(sent(changes)).containsExactlyInAnyOrder("caro SMS ESCALATION 2/0", "caro VOICE ESCALATION 2/0",
                    "caro EMAIL ESCALATION 2/0", "dora EMAIL ESCALATION 2/0", "eva SMS ESCALATION 2/0",
                    "eva VOICE ESCALATION 2/0");
            assertThat(kinds(changes)).containsExactly(LifecycleKind.LEVEL_STARTED);
            assertThat(changes.lifecycle().get(0).state()).isEqualTo(AlertState.ESCALATING);
            assertThat(changes.steps()).containsExactly(new Step(StepKind.ESCALATE, 2, 0, minutes(7)));

            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(2).plusSeconds(1));
            assertThat(sent(alert.drainChanges())).containsExactlyInAnyOrder("ana SMS REMINDER 1/1",
                    "bea SMS REMINDER 1/1");
        }

        @Test
        void pastTheLastLevelTheOperatorsArePagedAndTheLastLevelRepeats() {
            Alert alert = escalatedToUnit();

            alert.fire(new Step(StepKind.ESCALATE, 2, 0, minutes(7)), context(), minutes(7));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.level()).isEqualTo(2);
            assertThat(kinds(changes)).containsExactly(LifecycleKind.OPERATORS_PAGED);
            assertThat(sent(changes)).containsExactlyInAnyOrder("olga SMS OPERATOR_PAGE 2/1", "olga SMS BRIEF 2/1",
                    "caro SMS REMINDER 2/1", "caro VOICE REMINDER 2/1", "caro EMAIL REMINDER 2/1",
                    "dora EMAIL REMINDER 2/1", "eva SMS REMINDER 2/1", "eva VOICE REMINDER 2/1");
            assertThat(changes.steps()).containsExactly(new Step(StepKind.ESCALATE, 2, 1, minutes(12)));

            alert.fire(new Step(StepKind.ESCALATE, 2, 0, minutes(7)), context(), minutes(7).plusSeconds(1));
            assertThat(alert.drainChanges().isEmpty()).as("the same step again").isTrue();

            alert.fire(new Step(StepKind.ESCALATE, 2, 1, minutes(12)), context(), minutes(12));
            assertThat(sent(alert.drainChanges())).contains("olga SMS OPERATOR_PAGE 2/2", "dora EMAIL REMINDER 2/2");
        }

        @Test
        void anEscalationOfALevelAlreadyLeftDoesNothing() {
            Alert alert = escalatedToUnit();

            alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context(), minutes(3));

            assertThat(alert.drainChanges().isEmpty()).isTrue();
        }

        @Test
        void declinesThatMakeTheQuorumImpossibleEscalateAtOnce() {
            Alert alert = openedHigh();

            alert.respond(response("ana", ResponseKind.DECLINE), context(), minutes(0).plusSeconds(10));
            assertThat(alert.level()).as("bea may still answer").isEqualTo(1);
            alert.respond(response("bea", ResponseKind.DECLINE), context(), minutes(0).plusSeconds(20));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.level()).isEqualTo(2);
            assertThat(kinds(changes)).containsExactly(LifecycleKind.DECLINE_RECEIVED, LifecycleKind.DECLINE_RECEIVED,
                    LifecycleKind.LEVEL_STARTED);
        }
    }

    @Nested
    class Quorum {

        @Test
        void quorumDistinctPeopleOfALevelAcknowledgeTheAlertAndEveryoneIsToldWhoIsOnIt() {
            Alert alert = escalatedToUnit();

            alert.respond(response("caro", ResponseKind.ACK), context(), minutes(3));
            AlertChanges first = alert.drainChanges();
            assertThat(kinds(first)).containsExactly(LifecycleKind.ACK_RECEIVED);
            assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);

            alert.respond(response("eva", ResponseKind.ACK), context(), minutes(4));

            AlertChanges second = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            assertThat(kinds(second)).containsExactly(LifecycleKind.ACK_RECEIVED, LifecycleKind.QUORUM_REACHED);
            assertThat(sent(second)).containsExactlyInAnyOrder("ana SMS SOMEONE_ON_IT 2/0", "bea SMS SOMEONE_ON_IT 2/0",
                    "caro SMS SOMEONE_ON_IT 2/0", "dora EMAIL SOMEONE_ON_IT 2/0", "eva SMS SOMEONE_ON_IT 2/0",
                    "eva SMS BRIEF 2/0");
            assertThat(alert.acknowledgements()).extracting(Acknowledgement::personId).containsExactly("caro", "eva");
            assertThat(second.notifications()).filteredOn(n -> n.purpose() == NotificationPurpose.SOMEONE_ON_IT)
                    .allSatisfy(n -> assertThat(n.onIt()).containsExactly("caro", "eva"));
        }

        @Test
        void afterQuorumRepeatsAndEscalationsStop() {
            Alert alert = openedHigh();
            alert.respond(response("bea", ResponseKind.ACK), context(), minutes(0).plusSeconds(30));
            assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            alert.drainChanges();

            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(1));
            alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context(), minutes(2));

            assertThat(alert.drainChanges().isEmpty()).isTrue();
            assertThat(alert.level()).isEqualTo(1);
        }

        @Test
        void theSamePersonAcknowledgingTwiceCountsOnce() {
            Alert alert = escalatedToUnit();

            alert.respond(response("caro", ResponseKind.ACK), context(), minutes(3));
            alert.respond(response("caro", ResponseKind.ACK), context(), minutes(3).plusSeconds(5));

            assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);
            assertThat(alert.acknowledgements()).hasSize(1);
        }

        @Test
        void aRedeliveredResponseChangesNothing() {
            Alert alert = escalatedToUnit();
            AlertResponse ack = response("caro", ResponseKind.ACK);
            alert.respond(ack, context(), minutes(3));
            alert.drainChanges();

            alert.respond(ack, context(), minutes(3).plusSeconds(1));

            assertThat(alert.drainChanges().isEmpty()).isTrue();
        }

        @Test
        void aDeclineIsRecordedAndDoesNotCount() {
            Alert alert = escalatedToUnit();

            alert.respond(response("caro", ResponseKind.DECLINE), context(), minutes(3));
            alert.respond(response("eva", ResponseKind.ACK), context(), minutes(3));

            assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);
            assertThat(kinds(alert.drainChanges())).containsExactly(LifecycleKind.DECLINE_RECEIVED,
                    LifecycleKind.ACK_RECEIVED);
        }

        @Test
        void aResponseFromSomeoneWhoWasNotContactedIsRecordedAndIgnored() {
            Alert alert = openedHigh();

            alert.respond(response("caro", ResponseKind.ACK), context(), minutes(1));

            AlertChanges changes = alert.drainChanges();
            assertThat(changes.lifecycle()).isEmpty();
            assertThat(changes.timeline()).singleElement()
                    .satisfies(entry -> assertThat(entry.type()).isEqualTo(TimelineType.RESPONSE_IGNORED));
            assertThat(alert.acknowledgements()).isEmpty();
        }

        @Test
        void anOperatorsAcknowledgementIsRecordedButIsNoPartOfALevelsQuorum() {
            Alert alert = openedHigh();

            alert.respond(operator("operadora", ResponseKind.ACK), context(), minutes(1));

            assertThat(alert.state()).isEqualTo(AlertState.OPEN);
            assertThat(alert.acknowledgements()).extracting(Acknowledgement::personId).containsExactly("operadora");
        }
    }

    @Nested
    class Ending {

        @Test
        void aResolveByAQuorumOfALevelContactedTellsEveryoneElseToStandDown() {
            Alert alert = escalatedToUnit();
            alert.respond(response("caro", ResponseKind.RESOLVE), context(), minutes(4));

            alert.respond(response("dora", ResponseKind.RESOLVE), context(), minutes(4));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(kinds(changes)).containsExactly(LifecycleKind.RESOLVED);
            assertThat(changes.lifecycle().get(0).actorId()).isEqualTo("dora");
            assertThat(sent(changes)).containsExactlyInAnyOrder("ana SMS STAND_DOWN 2/0", "bea SMS STAND_DOWN 2/0",
                    "caro SMS STAND_DOWN 2/0", "eva SMS STAND_DOWN 2/0");
        }

        @Test
        void anOperatorMayResolve() {
            Alert alert = openedHigh();

            alert.respond(operator("operadora", ResponseKind.RESOLVE), context(), minutes(1));

            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(sent(alert.drainChanges())).containsExactlyInAnyOrder("ana SMS STAND_DOWN 1/0",
                    "bea SMS STAND_DOWN 1/0");
        }

        @Test
        void aCancelWithHerPinCancelsAndEveryoneContactedStandsDown() {
            Alert alert = openedHigh();

            alert.join(cancelSignal(), context(), minutes(1));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.CANCELLED);
            assertThat(kinds(changes)).containsExactly(LifecycleKind.CANCELLED);
            assertThat(changes.lifecycle().get(0).actorId()).isEqualTo(MARTA);
            assertThat(sent(changes)).containsExactlyInAnyOrder("ana SMS STAND_DOWN 1/0", "bea SMS STAND_DOWN 1/0");
        }

        @Test
        void afterADuressACancelChangesNothingAndNobodyStandsDown() {
            Alert alert = openedHigh();
            alert.join(signal(SignalType.DURESS, Grade.CRITICAL), context(), minutes(1));
            AlertChanges duress = alert.drainChanges();
            assertThat(alert.grade()).isEqualTo(Grade.CRITICAL);
            assertThat(kinds(duress)).containsExactly(LifecycleKind.SIGNAL_JOINED, LifecycleKind.GRADE_RAISED,
                    LifecycleKind.LEVEL_STARTED);

            alert.join(cancelSignal(), context(), minutes(2));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);
            assertThat(changes.notifications()).isEmpty();
            assertThat(changes.lifecycle()).isEmpty();
        }

        @Test
        void nothingEscalatesOrRepeatsAfterTheEnd() {
            Alert alert = openedHigh();
            alert.respond(operator("operadora", ResponseKind.RESOLVE), context(), minutes(1));
            alert.drainChanges();

            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(1));
            alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context(), minutes(2));
            alert.respond(response("ana", ResponseKind.ACK), context(), minutes(3));

            AlertChanges changes = alert.drainChanges();
            assertThat(changes.notifications()).isEmpty();
            assertThat(changes.lifecycle()).isEmpty();
            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
        }
    }

    @Nested
    class EveryTransition {

        @Test
        void acknowledgedThenResolved() {
            Alert alert = openedHigh();
            alert.respond(response("ana", ResponseKind.ACK), context(), minutes(1));
            assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            alert.drainChanges();

            alert.respond(response("ana", ResponseKind.RESOLVE), context(), minutes(5));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(sent(changes)).containsExactly("bea SMS STAND_DOWN 1/0");
        }

        @Test
        void acknowledgedThenCancelledByHerPin() {
            Alert alert = openedHigh();
            alert.respond(response("ana", ResponseKind.ACK), context(), minutes(1));
            alert.drainChanges();

            alert.join(cancelSignal(), context(), minutes(2));

            assertThat(alert.state()).isEqualTo(AlertState.CANCELLED);
            assertThat(sent(alert.drainChanges())).containsExactlyInAnyOrder("ana SMS STAND_DOWN 1/0",
                    "bea SMS STAND_DOWN 1/0");
        }

        @Test
        void escalatingThenAcknowledgedThenAGradeRaiseIsOnlyRecorded() {
            Alert alert = escalatedToUnit();
            alert.respond(response("caro", ResponseKind.ACK), context(), minutes(3));
            alert.respond(response("dora", ResponseKind.ACK), context(), minutes(3));
            assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            alert.drainChanges();

            alert.join(signal(SignalType.DURESS, Grade.CRITICAL), context(), minutes(4));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            assertThat(kinds(changes)).containsExactly(LifecycleKind.SIGNAL_JOINED, LifecycleKind.GRADE_RAISED);
            assertThat(changes.notifications()).isEmpty();
        }

        @Test
        void heldForTriageThenResolvedByAnOperator() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), new AlertContext(null, reach(), Set.of()),
                    T0);
            alert.drainChanges();

            alert.respond(operator("operadora", ResponseKind.RESOLVE), context(), minutes(1));

            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(alert.drainChanges().notifications()).as("nobody was contacted, nobody stands down").isEmpty();
        }

        @Test
        void heldForTriageThenAVerifiedSignalWithAPolicyStartsItsLevel() {
            SignalAssessed triage = new SignalAssessed(UUID.randomUUID(), MARTA, true, SignalType.PANIC,
                    SignalSource.APP, T0, 30, Grade.ELEVATED, 1, List.of(), true, null, null, null);
            Alert alert = Alert.open(ALERT_ID, "4821", triage, context(), T0);
            alert.drainChanges();

            alert.join(panic(Grade.HIGH), context(), minutes(1));

            assertThat(alert.level()).isEqualTo(1);
            assertThat(sent(alert.drainChanges())).containsExactlyInAnyOrder("ana SMS ALERT 1/0", "bea SMS ALERT 1/0",
                    "ana SMS BRIEF 1/0", "bea SMS BRIEF 1/0");
        }

        @Test
        void declinesAtTheLastLevelPageTheOperatorsOnceAtOnce() {
            Alert alert = escalatedToUnit();

            alert.respond(response("caro", ResponseKind.DECLINE), context(), minutes(3));
            alert.respond(response("dora", ResponseKind.DECLINE), context(), minutes(3).plusSeconds(1));
            alert.respond(response("eva", ResponseKind.DECLINE), context(), minutes(3).plusSeconds(2));

            assertThat(kinds(alert.drainChanges())).containsOnlyOnce(LifecycleKind.OPERATORS_PAGED);
        }
    }

    @Nested
    class JoiningSignals {

        @Test
        void aLaterSignalJoinsAndARaiseToCriticalJumpsToTheCriticalStartLevelAtOnce() {
            Alert alert = openedHigh();

            alert.join(panic(Grade.CRITICAL), context(), minutes(0).plusSeconds(20));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.grade()).isEqualTo(Grade.CRITICAL);
            assertThat(alert.level()).isEqualTo(2);
            assertThat(kinds(changes)).containsExactly(LifecycleKind.SIGNAL_JOINED, LifecycleKind.GRADE_RAISED,
                    LifecycleKind.LEVEL_STARTED);
            assertThat(changes.notifications()).allSatisfy(n -> assertThat(n.grade()).isEqualTo(Grade.CRITICAL));
        }

        @Test
        void aLowerGradeJoinsWithoutLoweringAnything() {
            Alert alert = openedHigh();

            alert.join(panic(Grade.LOW), context(), minutes(1));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.grade()).isEqualTo(Grade.HIGH);
            assertThat(kinds(changes)).containsExactly(LifecycleKind.SIGNAL_JOINED);
            assertThat(changes.notifications()).isEmpty();
        }

        @Test
        void aRedeliveredSignalChangesNothing() {
            SignalAssessed first = panic(Grade.HIGH);
            Alert alert = Alert.open(ALERT_ID, "4821", first, context(), T0);
            alert.drainChanges();

            alert.join(first, context(), minutes(1));

            assertThat(alert.drainChanges().isEmpty()).isTrue();
        }

        @Test
        void anotherDefendersSignalIsRefused() {
            Alert alert = openedHigh();
            SignalAssessed other = new SignalAssessed(UUID.randomUUID(), "d-other", true, SignalType.PANIC,
                    SignalSource.SMS, T0, 70, Grade.HIGH, 1, List.of(), false, null, null, null);

            assertThatThrownBy(() -> alert.join(other, context(), minutes(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aHeldAlertStaysHeldForAnotherUnverifiedSignal() {
            SignalAssessed unknown = new SignalAssessed(UUID.randomUUID(), "unknown:ab12", false, SignalType.PANIC,
                    SignalSource.SMS, T0, 30, Grade.ELEVATED, 1, List.of(), true, null, null, null);
            Alert alert = Alert.open(ALERT_ID, "4821", unknown, context(), T0);
            SignalAssessed again = new SignalAssessed(UUID.randomUUID(), "unknown:ab12", false, SignalType.PANIC,
                    SignalSource.SMS, T0, 90, Grade.CRITICAL, 1, List.of(), true, null, null, null);

            alert.join(again, context(), minutes(1));

            assertThat(alert.level()).isZero();
            assertThat(alert.drainChanges().notifications()).isEmpty();
        }
    }

    @Nested
    class Fallback {

        private String keyOf(AlertChanges changes, String person, Channel channel) {
            return changes.notifications().stream()
                    .filter(n -> n.personId().equals(person) && n.channel() == channel)
                    .findFirst().orElseThrow().idempotencyKey();
        }

        @Test
        void aFailedDeliveryIsTriedOnThePersonsNextChannel() {
            FakeReach reach = reach();
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(reach), T0);
            String smsToAna = keyOf(alert.drainChanges(), "ana", Channel.SMS);

            alert.deliveryReported(status(smsToAna, "ana", Channel.SMS, DeliveryStatus.FAILED), context(reach),
                    minutes(0).plusSeconds(5));

            AlertChanges changes = alert.drainChanges();
            assertThat(sent(changes)).containsExactly("ana VOICE ALERT 1/0");
            assertThat(changes.timeline()).anySatisfy(entry -> {
                assertThat(entry.type()).isEqualTo(TimelineType.NOTIFICATION_STATUS);
                assertThat(entry.detail()).contains("FAILED");
            });

            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(reach), minutes(1));
            assertThat(sent(alert.drainChanges())).as("the failed channel is not used again")
                    .containsExactlyInAnyOrder("ana VOICE REMINDER 1/1", "bea SMS REMINDER 1/1");
        }

        @Test
        void aCallNobodyAnswersCountsAsAFailure() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.CRITICAL), context(), T0);
            String callToEva = keyOf(alert.drainChanges(), "eva", Channel.VOICE);

            alert.deliveryReported(status(callToEva, "eva", Channel.VOICE, DeliveryStatus.NO_ANSWER), context(),
                    minutes(1));

            assertThat(alert.drainChanges().timeline()).anySatisfy(entry ->
                    assertThat(entry.detail()).contains("eva could not be reached on any other channel"));
        }

        @Test
        void noFallbackForSomeoneWhoAlreadyAcknowledged() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
            String smsToAna = keyOf(alert.drainChanges(), "ana", Channel.SMS);
            alert.respond(response("bea", ResponseKind.ACK), context(), minutes(0).plusSeconds(3));
            alert.drainChanges();

            alert.deliveryReported(status(smsToAna, "ana", Channel.SMS, DeliveryStatus.FAILED), context(),
                    minutes(0).plusSeconds(5));

            assertThat(alert.drainChanges().notifications()).isEmpty();
        }

        @Test
        void aRedeliveredStatusAndAStatusOfAnUnknownRequestChangeNothing() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
            String smsToBea = keyOf(alert.drainChanges(), "bea", Channel.SMS);
            alert.deliveryReported(status(smsToBea, "bea", Channel.SMS, DeliveryStatus.DELIVERED), context(),
                    minutes(0).plusSeconds(2));
            alert.drainChanges();

            alert.deliveryReported(status(smsToBea, "bea", Channel.SMS, DeliveryStatus.DELIVERED), context(),
                    minutes(0).plusSeconds(3));
            alert.deliveryReported(status("no-such-key", "bea", Channel.SMS, DeliveryStatus.FAILED), context(),
                    minutes(0).plusSeconds(3));

            assertThat(alert.drainChanges().isEmpty()).isTrue();
        }
    }

    @Nested
    class Storage {

        @Test
        void aRestoredAlertCarriesOnExactlyWhereItWas() {
            Alert alert = escalatedToUnit();
            alert.respond(response("caro", ResponseKind.ACK), context(), minutes(3));
            alert.drainChanges();

            Alert restored = Alert.restore(alert.snapshot());
            restored.respond(response("eva", ResponseKind.ACK), context(), minutes(4));

            assertThat(restored.snapshot()).usingRecursiveComparison().ignoringFields("acks", "handled", "requests",
                    "state", "updatedAt", "recipients", "briefVersion").isEqualTo(alert.snapshot());
            assertThat(restored.state()).isEqualTo(AlertState.ACKNOWLEDGED);
            assertThat(restored.drainChanges().notifications()).as("who is on it, and the brief to eva").hasSize(6);
        }

        @Test
        void anAlertKeepsThePolicyVersionItStartedWith() {
            Alert alert = openedHigh();
            AlertContext newer = new AlertContext(POLICY.nextVersion(), reach(), Set.of("olga"));

            assertThat(alert.policyVersion()).isEqualTo(3);
            assertThatThrownBy(() -> alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), newer, minutes(2)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("version 3");
        }
    }
}
