package org.centinela.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.centinela.contracts.alert.AlertBrief;

/**
 * How long a step that needs the alert's brief waits for the version it asks for (escalation publishes the brief
 * and the request together, but on two topics that may arrive in any order), and what it carries then.
 *
 * @param bound how long after the request it waits at most (then it goes with the newest brief held), and how often a
 *              waiting delivery looks again (the brief's arrival also makes it due at once)
 */
public record BriefWait(BoundedWait bound) {

    public BriefWait {
        Objects.requireNonNull(bound, "bound must not be null");
    }

    public BriefWait(Duration atMost, Duration recheckEvery) {
        this(new BoundedWait(atMost, recheckEvery));
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
        Optional<Instant> recheck = bound.recheckAt(requestedAt, now);
        if (recheck.isPresent()) {
            return new Wait(recheck.get());
        }
        if (known.latest() != null) {
            return new With(known.latest());
        }
        return step.purpose().isBrief() ? new Refused(new Failure(Failure.Kind.PERMANENT, "no-brief",
                "no brief of the alert arrived in time")) : new Without();
    }
}
