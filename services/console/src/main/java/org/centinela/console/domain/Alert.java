package org.centinela.console.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;

/**
 * An alert as escalation shows it to the signed-in person (contract §3 and its extensions): escalation
 * has already decided she may see it.
 *
 * @param level the highest level started, 0 while held for operator triage
 */
public record Alert(UUID id, String code, String defenderId, AlertState state, Grade grade, int score, int level,
        List<Acknowledgement> acks, List<TimelineLine> timeline, Instant openedAt, Instant updatedAt,
        boolean verifiedSender, String policyId) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(grade, "grade");
        acks = acks == null ? List.of() : List.copyOf(acks);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        if (openedAt == null) {
            openedAt = timeline.isEmpty() ? Instant.EPOCH : timeline.get(0).at();
        }
    }

    /** Not yet resolved or cancelled. */
    public boolean isOpen() {
        return state != AlertState.RESOLVED && state != AlertState.CANCELLED;
    }

    /** From an unknown number or held at level 0: an operator must look at it before anyone is woken up. */
    public boolean inTriage() {
        return !verifiedSender || level == 0;
    }

    /** What escalation's timeline says happened, read into levels, contacts and answers. */
    public AlertStory story() {
        return AlertStory.of(this);
    }

    /** "I'm on it" from one person on one channel. */
    public record Acknowledgement(String responderId, String channel, Instant at) {
        public Acknowledgement {
            Objects.requireNonNull(responderId, "responderId");
            Objects.requireNonNull(at, "at");
        }
    }

    /** One line of escalation's timeline; the detail names people by id only. */
    public record TimelineLine(Instant at, String type, String detail) {
        public TimelineLine {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(type, "type");
            detail = detail == null ? "" : detail;
        }
    }
}
