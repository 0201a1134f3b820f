package org.centinela.escalation.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.escalation.domain.alert.AlertFixtures.ALERT_ID;
import static org.centinela.escalation.domain.alert.AlertFixtures.POLICY;
import static org.centinela.escalation.domain.alert.AlertFixtures.T0;
import static org.centinela.escalation.domain.alert.AlertFixtures.TRUSTED;
import static org.centinela.escalation.domain.alert.AlertFixtures.UNIT;
import static org.centinela.escalation.domain.alert.AlertFixtures.minutes;
import static org.centinela.escalation.domain.alert.AlertFixtures.operator;
import static org.centinela.escalation.domain.alert.AlertFixtures.panic;
import static org.centinela.escalation.domain.alert.AlertFixtures.reach;
import static org.centinela.escalation.domain.alert.AlertFixtures.response;
import static org.centinela.escalation.domain.alert.AlertFixtures.signal;

import java.util.List;
import java.util.Set;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.ResolveBy;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Who may end an alert ({@link Closing}): each rule of the policy (ANY_RESPONDER, QUORUM, OPERATOR) against a
 * responder and an operator, with enough of them or not, before and after a duress signal. Marta's network of
 * {@link AlertFixtures}: level 1 ana and bea (quorum 1), level 2 caro, dora and eva (quorum 2).
 */
class AlertClosingTest {

    private static AlertContext under(ResolveBy rule) {
        return under(rule, List.of(TRUSTED, UNIT));
    }

    private static AlertContext under(ResolveBy rule, List<PolicyLevel> levels) {
        EscalationPolicy policy = new EscalationPolicy(POLICY.id(), POLICY.name(), levels, POLICY.startLevelByGrade(),
                POLICY.version(), rule);
        return new AlertContext(policy, reach(), Set.of("olga"));
    }

    /** Opened HIGH, then level 1 passed without an answer: level 2 started at minute 2. */
    private static Alert atTheUnit(AlertContext context) {
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context, minutes(2));
        alert.drainChanges();
        return alert;
    }

    /** Opened HIGH, then a duress PIN made it CRITICAL at minute 1 (level 2 started at once). */
    private static Alert afterDuress(AlertContext context) {
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        alert.join(signal(SignalType.DURESS, Grade.CRITICAL), context, minutes(1));
        alert.drainChanges();
        return alert;
    }

    private static List<TimelineEntry> recorded(AlertChanges changes) {
        return changes.timeline().stream().filter(entry -> entry.type() == TimelineType.RESOLVE_RECORDED).toList();
    }

    /** It stays as it was: recorded on the timeline, nobody told anything, nothing published. */
    private static TimelineEntry onlyRecorded(Alert alert, AlertState before) {
        AlertChanges changes = alert.drainChanges();
        assertThat(alert.state()).isEqualTo(before);
        assertThat(changes.notifications()).isEmpty();
        assertThat(changes.lifecycle()).isEmpty();
        assertThat(recorded(changes)).hasSize(1);
        return recorded(changes).get(0);
    }

    private static void resolvedBy(Alert alert, String who) {
        AlertChanges changes = alert.drainChanges();
        assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
        assertThat(changes.lifecycle()).singleElement().satisfies(event -> {
            assertThat(event.kind()).isEqualTo(LifecycleKind.RESOLVED);
            assertThat(event.actorId()).isEqualTo(who);
        });
        assertThat(recorded(changes)).isEmpty();
    }

    /** caro, dora and eva (all of level 2) ask to close it: each is recorded, only an operator may, nothing else. */
    private static void theWholeUnitAsksInVain(Alert alert, AlertContext context) {
        List.of("caro", "dora", "eva").forEach(who ->
                alert.respond(response(who, ResponseKind.RESOLVE), context, minutes(3)));

        AlertChanges changes = alert.drainChanges();
        assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);
        assertThat(changes.notifications()).isEmpty();
        assertThat(changes.lifecycle()).isEmpty();
        assertThat(recorded(changes)).extracting(TimelineEntry::personId).containsExactly("caro", "dora", "eva");
        assertThat(recorded(changes)).extracting(TimelineEntry::detail).containsExactly(
                "RESOLVE from caro recorded: only an operator may close this alert",
                "RESOLVE from dora recorded: only an operator may close this alert",
                "RESOLVE from eva recorded: only an operator may close this alert");
    }

    @Nested
    class Quorum {

        @Test
        void isTheDefault() {
            assertThat(POLICY.resolveBy()).isEqualTo(ResolveBy.QUORUM);
        }

        @Test
        void oneResponderOfALevelWhoseQuorumIsTwoIsRecordedAsOneOfTwo() {
            Alert alert = atTheUnit(under(ResolveBy.QUORUM));

            alert.respond(response("dora", ResponseKind.RESOLVE), under(ResolveBy.QUORUM), minutes(3));

            TimelineEntry entry = onlyRecorded(alert, AlertState.ESCALATING);
            assertThat(entry.personId()).isEqualTo("dora");
            assertThat(entry.actorId()).isNull();
            assertThat(entry.detail()).isEqualTo("RESOLVE from dora recorded: 1 of 2 to close (level 2)");
        }

        @Test
        void theQuorumOfTheLevelEndsItAndTheSameResponderTwiceCountsOnce() {
            AlertContext context = under(ResolveBy.QUORUM);
            Alert alert = atTheUnit(context);
            alert.respond(response("dora", ResponseKind.RESOLVE), context, minutes(3));
            alert.respond(response("dora", ResponseKind.RESOLVE), context, minutes(4));
            assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);
            assertThat(recorded(alert.drainChanges())).extracting(TimelineEntry::detail).containsExactly(
                    "RESOLVE from dora recorded: 1 of 2 to close (level 2)",
                    "RESOLVE from dora recorded: 1 of 2 to close (level 2)");

            alert.respond(response("eva", ResponseKind.RESOLVE), context, minutes(5));

            resolvedBy(alert, "eva");
        }

        @Test
        void resolvesOfDifferentLevelsAreNotAddedUp() {
            PolicyLevel trustedOfTwo = new PolicyLevel(TRUSTED.name(), TRUSTED.targets(), TRUSTED.channels(), 2,
                    TRUSTED.escalateAfter(), TRUSTED.repeatEvery());
            AlertContext context = under(ResolveBy.QUORUM, List.of(trustedOfTwo, UNIT));
            Alert alert = atTheUnit(context);

            alert.respond(response("ana", ResponseKind.RESOLVE), context, minutes(3));
            alert.respond(response("caro", ResponseKind.RESOLVE), context, minutes(3));
            assertThat(alert.state()).isEqualTo(AlertState.ESCALATING);
            assertThat(recorded(alert.drainChanges())).extracting(TimelineEntry::detail).containsExactly(
                    "RESOLVE from ana recorded: 1 of 2 to close (level 1)",
                    "RESOLVE from caro recorded: 1 of 2 to close (level 2)");

            alert.respond(response("bea", ResponseKind.RESOLVE), context, minutes(4));

            resolvedBy(alert, "bea");
        }

        @Test
        void theResolvesRecordedSurviveTheSnapshot() {
            AlertContext context = under(ResolveBy.QUORUM);
            Alert alert = atTheUnit(context);
            alert.respond(response("dora", ResponseKind.RESOLVE), context, minutes(3));
            Alert restored = Alert.restore(alert.snapshot());
            assertThat(restored.snapshot().askedToClose()).containsExactly("dora");

            restored.respond(response("caro", ResponseKind.RESOLVE), context, minutes(4));

            resolvedBy(restored, "caro");
        }
    }

    /** Under ANY_RESPONDER anyone contacted alone; under QUORUM one of a level whose quorum is one (ana's). */
    @ParameterizedTest
    @CsvSource({"ANY_RESPONDER, dora", "QUORUM, ana"})
    void oneResponderEndsItWhenHerRuleSaysOneIsEnough(ResolveBy rule, String responder) {
        AlertContext context = under(rule);
        Alert alert = atTheUnit(context);

        alert.respond(response(responder, ResponseKind.RESOLVE), context, minutes(3));

        resolvedBy(alert, responder);
    }

    @Test
    void noResponderEndsItUnderOperatorNotEvenAllOfALevel() {
        AlertContext context = under(ResolveBy.OPERATOR);
        Alert alert = atTheUnit(context);

        theWholeUnitAsksInVain(alert, context);
    }

    @ParameterizedTest
    @EnumSource(ResolveBy.class)
    void anOperatorEndsItAloneWhateverTheRule(ResolveBy rule) {
        AlertContext context = under(rule);
        Alert alert = atTheUnit(context);

        alert.respond(operator("operadora", ResponseKind.RESOLVE), context, minutes(3));

        resolvedBy(alert, "operadora");
    }

    @Nested
    class AfterDuress {

        @ParameterizedTest
        @EnumSource(ResolveBy.class)
        void noResponderEndsItNotEvenAllOfALevelWhateverTheRule(ResolveBy rule) {
            AlertContext context = under(rule);
            Alert alert = afterDuress(context);

            theWholeUnitAsksInVain(alert, context);
        }

        @ParameterizedTest
        @EnumSource(ResolveBy.class)
        void anOperatorWhoDoesNotSayHowSheVerifiedTheDefenderChangesNothing(ResolveBy rule) {
            AlertContext context = under(rule);
            Alert alert = afterDuress(context);

            alert.respond(operator("operadora", ResponseKind.RESOLVE), context, minutes(2));

            TimelineEntry entry = onlyRecorded(alert, AlertState.ESCALATING);
            assertThat(entry.actorId()).isEqualTo("operadora");
            assertThat(entry.personId()).isNull();
            assertThat(entry.detail()).isEqualTo("RESOLVE from operadora recorded: after a duress signal an operator"
                    + " closes the alert only saying how she verified the defender");
        }

        @ParameterizedTest
        @EnumSource(ResolveBy.class)
        void anOperatorWhoSaysHowSheVerifiedTheDefenderEndsItAndEveryoneStandsDown(ResolveBy rule) {
            AlertContext context = under(rule);
            Alert alert = afterDuress(context);

            alert.respond(operator("operadora", ResponseKind.RESOLVE), "called her on the agreed number", context,
                    minutes(2));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.state()).isEqualTo(AlertState.RESOLVED);
            assertThat(changes.notifications()).isNotEmpty()
                    .allMatch(request -> request.purpose() == NotificationPurpose.STAND_DOWN);
            assertThat(changes.timeline()).filteredOn(entry -> entry.type() == TimelineType.RESOLVE_VERIFIED)
                    .singleElement().satisfies(entry -> {
                        assertThat(entry.actorId()).isEqualTo("operadora");
                        assertThat(entry.detail())
                                .isEqualTo("operadora verified the defender: called her on the agreed number");
                    });
        }
    }
}
