package org.centinela.console.domain.network;

import java.util.Objects;

/**
 * One thing escalation found wrong with an entry, as its problem answer names it: the JSON path of the field
 * ({@code phone}, {@code channels[1]}, {@code members[0]}) and a sentence that starts with that path.
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }

    /** The message without the field it starts with: "must be a valid phone number…" rather than "phone must be…". */
    public String rule() {
        return message.startsWith(field + " ") ? message.substring(field.length() + 1) : message;
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
