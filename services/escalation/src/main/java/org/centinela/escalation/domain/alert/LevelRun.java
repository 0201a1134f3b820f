package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A level of the policy that an alert has started.
 *
 * @param number    its 1-based number in the policy
 * @param startedAt when it started
 * @param round     the last round of re-contacts it made, 0 before any
 * @param people    the distinct people it reached when it started, whose acknowledgements count for its quorum
 */
public record LevelRun(int number, Instant startedAt, int round, Set<String> people) {

    public LevelRun {
        Objects.requireNonNull(startedAt, "startedAt");
        people = Set.copyOf(people);
        if (number < 1 || round < 0) {
            throw new IllegalArgumentException("number must be at least 1 and round at least 0, were " + number
                    + " and " + round);
        }
    }

    LevelRun nextRound(int newRound) {
        return new LevelRun(number, startedAt, newRound, people);
    }
}
