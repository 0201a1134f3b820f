package org.centinela.escalation.domain.alert;

import java.util.Collection;
import java.util.Comparator;
import java.util.Set;
import org.centinela.contracts.alert.ActorType;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.ResolveBy;

/**
 * Who may end an alert with RESOLVE, and whether one more RESOLVE does: the policy's {@link ResolveBy} rule, and
 * after a duress signal (she may be forced, a responder's phone may be seized) an operator alone, recording how she
 * verified the defender.
 *
 * <p>Under QUORUM the RESOLVEs are counted level by level, as acknowledgements are: the distinct people of a level the
 * alert started who asked to close it, against that level's quorum. A level's quorum is the number of its people the
 * policy trusts to act together; counting across levels would let one trusted contact and one stranger to her close
 * what needs two of her trusted contacts, and counting against the current level would move the bar as the alert
 * escalates.
 *
 * @param policy the version of the policy the alert follows; null for an alert held for triage without one (nobody
 *               was contacted: only an operator answers it)
 * @param duress whether a duress signal raised it or made it critical
 */
record Closing(EscalationPolicy policy, boolean duress) {

    /** What one RESOLVE does. */
    enum Outcome {
        /** It ends the alert. */
        CLOSES,
        /** A responder's, recorded: more of them must ask ({@link Verdict#count} of {@link Verdict#needed}). */
        NOT_ENOUGH_YET,
        /** A responder's, recorded: only an operator may end this alert (the policy says so, or duress). */
        OPERATOR_ONLY,
        /** An operator's on an alert after duress, without how she verified the defender: recorded, nothing more. */
        UNVERIFIED
    }

    /**
     * One RESOLVE weighed.
     *
     * @param count  under QUORUM, the people of {@code level} who asked to close it, her included; else 0
     * @param needed under QUORUM, that level's quorum; else 0
     * @param level  under QUORUM, the level she counts for (the one nearest its quorum), 0 when she counts for none
     */
    record Verdict(Outcome outcome, int count, int needed, int level) {

        static Verdict of(Outcome outcome) {
            return new Verdict(outcome, 0, 0, 0);
        }

        boolean closes() {
            return outcome == Outcome.CLOSES;
        }

        /** The timeline's words for a RESOLVE of {@code who} that did not end the alert. */
        String recorded(String who) {
            return switch (outcome) {
                case NOT_ENOUGH_YET -> level == 0
                        ? "RESOLVE from " + who + " recorded: she counts for no level's quorum"
                        : "RESOLVE from " + who + " recorded: " + count + " of " + needed + " to close (level " + level
                                + ")";
                case OPERATOR_ONLY -> "RESOLVE from " + who + " recorded: only an operator may close this alert";
                case UNVERIFIED -> "RESOLVE from " + who + " recorded: after a duress signal an operator closes the"
                        + " alert only saying how she verified the defender";
                case CLOSES -> throw new IllegalStateException("a RESOLVE that closes the alert is not recorded apart");
            };
        }
    }

    /**
     * What a RESOLVE of {@code actor} {@code who} does.
     *
     * @param verified whether an operator said how she verified the defender
     * @param asking   the responders who asked to close the alert so far, {@code who} included when she is one
     * @param started  the levels the alert started
     */
    Verdict weigh(ActorType actor, String who, boolean verified, Set<String> asking, Collection<LevelRun> started) {
        if (actor == ActorType.OPERATOR) {
            return Verdict.of(duress && !verified ? Outcome.UNVERIFIED : Outcome.CLOSES);
        }
        ResolveBy rule = policy == null ? ResolveBy.DEFAULT : policy.resolveBy();
        if (duress || rule == ResolveBy.OPERATOR) {
            return Verdict.of(Outcome.OPERATOR_ONLY);
        }
        if (rule == ResolveBy.ANY_RESPONDER) {
            return Verdict.of(Outcome.CLOSES);
        }
        return started.stream()
                .filter(run -> run.people().contains(who))
                .map(run -> new Verdict(Outcome.NOT_ENOUGH_YET,
                        (int) run.people().stream().filter(asking::contains).count(),
                        policy.level(run.number()).quorum(), run.number()))
                .min(Comparator.comparingInt((Verdict verdict) -> verdict.needed() - verdict.count())
                        .thenComparingInt(Verdict::level))
                .map(verdict -> verdict.count() >= verdict.needed()
                        ? new Verdict(Outcome.CLOSES, verdict.count(), verdict.needed(), verdict.level())
                        : verdict)
                .orElse(new Verdict(Outcome.NOT_ENOUGH_YET, 0, 0, 0));
    }
}
