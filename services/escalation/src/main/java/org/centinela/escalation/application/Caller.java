package org.centinela.escalation.application;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Who calls the alerts API: her user name, which is what the audit log records, and the parts she plays
 * in the network (contract §4) — operators and auditors read every alert, a responder only those she was
 * contacted about; operators and those responders answer them.
 */
public record Caller(String username, Set<Part> parts) {

    /** A part of contract §4, as the realm role of the same name grants it. */
    public enum Part {
        OPERATOR,
        AUDITOR,
        RESPONDER
    }

    public Caller {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
        Objects.requireNonNull(parts, "parts");
        parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
    }

    public static Caller of(String username, Part first, Part... rest) {
        return new Caller(username, EnumSet.of(first, rest));
    }

    boolean plays(Part part) {
        return parts.contains(part);
    }

    /** Operators and auditors read every alert. */
    boolean readsEveryAlert() {
        return plays(Part.OPERATOR) || plays(Part.AUDITOR);
    }
}
