package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * Something an alert must do at a given time. Steps are kept durably until they fire; a step that
 * is no longer relevant when it fires (the alert was acknowledged, or moved on) does nothing.
 *
 * @param kind  what to do
 * @param level the 1-based level it concerns (for a BRIEF_UPDATE, the alert's level when it was made)
 * @param round for a REPEAT, the round of re-contacts it starts (1, 2 …); for an ESCALATE, how many
 *              times this level has escalated before (0 the first time; more only past the last level); for a
 *              BRIEF_UPDATE, its number among the alert's (1, 2 …)
 * @param dueAt when it falls due
 */
public record Step(StepKind kind, int level, int round, Instant dueAt) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        if (level < 1) {
            throw new IllegalArgumentException("level must be at least 1, was " + level);
        }
        if (round < 0) {
            throw new IllegalArgumentException("round must be at least 0, was " + round);
        }
        if (kind != StepKind.ESCALATE && round < 1) {
            throw new IllegalArgumentException("a " + kind + " is round 1 or later, was " + round);
        }
    }
}
