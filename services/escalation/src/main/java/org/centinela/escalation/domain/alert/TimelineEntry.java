package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an alert's timeline. The detail is an English sentence for the raw list; it names people by id and
 * never holds a phone number, a name or a message text. What a reader (the console) needs to act on travels in the
 * typed fields, never to be parsed out of the sentence.
 *
 * @param personId the person the line is about (whom a brief was disclosed to, who opened it); null when none
 * @param channel  how (the channel a brief went out on or was opened from, API or CONSOLE for a reading); null
 *                 when none
 * @param actorId  who did it (the operator who triaged, the reader of a brief); null when none
 */
public record TimelineEntry(Instant at, TimelineType type, String detail, String personId, String channel,
        String actorId) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
    }

    /** A line with no typed fields. */
    public TimelineEntry(Instant at, TimelineType type, String detail) {
        this(at, type, detail, null, null, null);
    }
}
