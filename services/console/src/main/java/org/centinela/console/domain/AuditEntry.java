package org.centinela.console.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of escalation's audit log: who read or changed what, and when. The subject names records by id
 * ({@code alert:<id>}, {@code defender:<id>}, {@code policy:<id>@v<n>}), never by a person's details.
 */
public record AuditEntry(long sequence, Instant at, String actor, String action, String subject) {

    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
    }

    /** The alert the entry is about, when it is about one: its page links to it. */
    public String alertId() {
        return subject.startsWith("alert:") ? subject.substring("alert:".length()) : "";
    }
}
