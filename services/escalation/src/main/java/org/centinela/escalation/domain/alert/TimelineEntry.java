package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of an alert's timeline. The detail names people by id and never holds a phone number,
 * a name or a message text.
 */
public record TimelineEntry(Instant at, TimelineType type, String detail) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
    }
}
