package org.centinela.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.centinela.contracts.alert.AlertBrief;

/**
 * How long a step that needs the alert's brief waits for the version it asks for (escalation publishes the brief
 * and the request together, but on two topics that may arrive in any order), and what it carries then.
 *
 * @param atMost       how long after the request it waits at most; then it goes with the newest brief held
 * @param recheckEvery how often a waiting delivery looks again (the brief's arrival also makes it due at once)
 */
public record BriefWait(Duration atMost, Duration recheckEvery) {

    public BriefWait {
        if (atMost == null || atMost.isNegative()) {
            throw new IllegalArgumentException("atMost must not be negative");
        }
        if (recheckEvery == null || recheckEvery.isNegative() || recheckEvery.isZero()) {
            throw new IllegalArgumentException("recheckEvery must be positive");
        }
    }

    /** What a step does about the brief. */
    public sealed interface Choice {
    }

    /** It is sent with this brief (the version it asked for or a later one; or the newest held once the wait is over). */
    public record With(AlertBrief brief) implements Choice {
        public With {
            Objects.requireNonNull(brief, "brief must not be null");
        }
    }

    /** It is sent without the brief: it needs none, the alert is over, or none came in time (calls and e-mails). */
    public record Without() implements Choice {
    }

    /** It is not sent yet: looked at again at {@code recheckAt}. */
    public record Wait(Instant recheckAt) implements Choice {
    }

    /** It is never sent: a BRIEF or BRIEF_UPDATE with no brief to carry. */
    public record Refused(Failure failure) implements Choice {
    }

    /** What {@code step}, requested at {@code requestedAt}, does at {@code now} with {@code known}. */
    public Choice choose(Step step, KnownBrief known, Instant requestedAt, Instant now) {
        if (!step.needsBrief()) {
            return new Without();
        }
        if (known.over()) {
            return step.purpose().isBrief() ? new Refused(new Failure(Failure.Kind.PERMANENT, "alert-over",
                    "the alert is over: its brief is no longer sent")) : new Without();
        }
        if (known.latest() != null && known.latest().version() >= step.briefVersion()) {
            return new With(known.latest());
        }
        Instant deadline = requestedAt.plus(atMost);
        if (now.isBefore(deadline)) {
            Instant recheck = now.plus(recheckEvery);
            return new Wait(recheck.isBefore(deadline) ? recheck : deadline);
        }
        if (known.latest() != null) {
            return new With(known.latest());
        }
        return step.purpose().isBrief() ? new Refused(new Failure(Failure.Kind.PERMANENT, "no-brief",
                "no brief of the alert arrived in time")) : new Without();
    }
}
