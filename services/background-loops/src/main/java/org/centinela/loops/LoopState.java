package org.centinela.loops;

import java.time.Duration;
import java.time.Instant;

/**
 * What a loop last did: when its last pass ended (failed or not), when its next pass was due to start,
 * how many passes failed since it started, and whether it was stopped.
 */
public record LoopState(String name, Instant lastPass, Instant nextPassDue, long failures, boolean stopped) {

    public Duration sinceLastPass(Instant now) {
        return positive(Duration.between(lastPass, now));
    }

    /** How long the next pass is late: zero while the loop waits or passes on time, or once it is stopped. */
    public Duration overdue(Instant now) {
        return stopped ? Duration.ZERO : positive(Duration.between(nextPassDue, now));
    }

    private static Duration positive(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
