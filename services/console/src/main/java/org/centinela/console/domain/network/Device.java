package org.centinela.console.domain.network;

import java.time.Instant;
import java.util.Objects;

/**
 * An enrolled device of a defender's panic app as escalation lists it: never its token.
 *
 * @param lastUsedAt when it last sent something, null if it never has
 */
public record Device(String id, Instant enrolledAt, Instant lastUsedAt) {

    private static final int SHORT = 8;

    public Device {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
    }

    /** The start of its id, enough to tell her devices apart on her page. */
    public String shortId() {
        return id.length() <= SHORT ? id : id.substring(0, SHORT);
    }

    public boolean everUsed() {
        return lastUsedAt != null;
    }
}
