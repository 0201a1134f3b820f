package org.centinela.escalation.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit log: who ({@code actor}, a user name) did what ({@code action}) to which
 * record ({@code subject}, an id or a collection name, never personal data) and when.
 *
 * @param sequence the entry's place in the log, increasing with time
 * @param channel  how a brief was disclosed, opened or read (SMS, VOICE, EMAIL, API, CONSOLE); null for every other
 *                 entry
 */
public record AuditEntry(long sequence, Instant at, String actor, AuditAction action, String subject,
        String channel) {

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be positive, was " + sequence);
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        requireText(actor, "actor");
        requireText(subject, "subject");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
