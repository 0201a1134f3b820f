package org.centinela.console.domain;

import java.util.Objects;

/**
 * One wrong field of something a service refused: its JSON path there ({@code levels[1].quorum},
 * {@code lexicons.es.entries[3]}, {@code phone}; {@code ""} when the problem is the whole of it) and the service's
 * message, which usually starts with that path.
 */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
    }

    /** The message without the field it starts with: "must be a valid phone number…" rather than "phone must be…". */
    public String rule() {
        return !field.isEmpty() && message.startsWith(field + " ") ? message.substring(field.length() + 1) : message;
    }

    /** The top-level field of the path: {@code channels[1]} and {@code levels[0].quorum} are in {@code channels}, {@code levels}. */
    public String topField() {
        int end = field.length();
        for (char stop : new char[] {'[', '.'}) {
            int at = field.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return field.substring(0, end);
    }
}
