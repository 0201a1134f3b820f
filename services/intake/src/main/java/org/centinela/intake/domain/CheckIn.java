package org.centinela.intake.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A check-in timer: the defender expects to be safe by {@code dueAt}; if she has not closed it with her
 * PIN by then, her network must know. The note is hers (where she is going) and is personal data.
 */
public record CheckIn(UUID id, String defenderId, Instant dueAt, String note, State state, Instant createdAt) {

    public static final int MAX_MINUTES = 1440;
    public static final int MAX_NOTE = 500;

    /** Where a check-in stands. */
    public enum State { OPEN, CLOSED, MISSED }

    public CheckIn {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
        if (defenderId == null || defenderId.isBlank()) {
            throw new IllegalArgumentException("defenderId must not be blank");
        }
        if (note != null && note.length() > MAX_NOTE) {
            throw new IllegalArgumentException("note must be at most " + MAX_NOTE + " characters");
        }
        if (!dueAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("dueAt must be after createdAt");
        }
    }

    /** A new open check-in due {@code minutes} after {@code now}. */
    public static CheckIn open(UUID id, String defenderId, int minutes, String note, Instant now) {
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("dueInMinutes must be 1.." + MAX_MINUTES + ", was " + minutes);
        }
        return new CheckIn(id, defenderId, now.plusSeconds(60L * minutes), note, State.OPEN, now);
    }

    @Override
    public String toString() {
        return "CheckIn[id=" + id + ", defenderId=" + defenderId + ", dueAt=" + dueAt + ", state=" + state + "]";
    }
}
