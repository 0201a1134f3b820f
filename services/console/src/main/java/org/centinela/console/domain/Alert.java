package org.centinela.console.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;

/**
 * An alert as escalation shows it to the signed-in person (contract §3 and its extensions): escalation
 * has already decided she may see it.
 *
 * @param level the highest level started, 0 while held for operator triage
 * @param names the name of each responder the alert contacted or who acknowledged it, by responder id, as
 *              escalation gives them with one alert; empty in its list, and from an escalation that names no one
 */
public record Alert(UUID id, String code, String defenderId, AlertState state, Grade grade, int score, int level,
        List<Acknowledgement> acks, List<TimelineLine> timeline, Instant openedAt, Instant updatedAt,
        boolean verifiedSender, String policyId, Map<String, String> names) {

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(grade, "grade");
        acks = acks == null ? List.of() : List.copyOf(acks);
        timeline = timeline == null ? List.of() : List.copyOf(timeline);
        names = names == null ? Map.of() : Map.copyOf(names);
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

    /** Person {@code personId} by her name when escalation gave one, else by her id. */
    public String nameOf(String personId) {
        return names.getOrDefault(personId, personId);
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

    /**
     * One line of escalation's timeline. The detail is an English sentence that names people by id only; what a
     * line of the brief's kinds is about travels in its typed fields, which the console reads instead of the sentence.
     *
     * @param personId whom it is about (the brief went to her, she opened it); null when none
     * @param channel  how (SMS, VOICE, EMAIL; CONSOLE or API for a reading); null when none
     * @param actorId  who did it (who read the brief, the operator who triaged); null when none
     */
    public record TimelineLine(Instant at, String type, String detail, String personId, String channel,
            String actorId) {
        public TimelineLine {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(type, "type");
            detail = detail == null ? "" : detail;
        }

        /** A line without typed fields, as escalation writes most of them. */
        public TimelineLine(Instant at, String type, String detail) {
            this(at, type, detail, null, null, null);
        }
    }
}
