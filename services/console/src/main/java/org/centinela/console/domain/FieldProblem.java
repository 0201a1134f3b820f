package org.centinela.console.domain;

import java.util.List;
import java.util.Objects;

/**
 * One wrong field of something a service refused: its JSON path there ({@code levels[1].quorum},
 * {@code lexicons.es.entries[3]}, {@code phone}; {@code ""} when the problem is the whole of it), the service's
 * message, which usually starts with that path, and the rule it broke as the service's code with its arguments
 * ({@code code} null when the service named none), by which the console says it in the reader's language.
 */
public record FieldProblem(String field, String message, String code, List<String> args) {

    public FieldProblem {
        field = field == null ? "" : field;
        Objects.requireNonNull(message, "message");
        args = args == null ? List.of() : List.copyOf(args);
    }

    /** A problem that names no rule code: one the console found itself, or a service's answer without one. */
    public FieldProblem(String field, String message) {
        this(field, message, null, List.of());
    }

    /** The message without the field it starts with: "must be a valid phone number…" rather than "phone must be…". */
    public String rule() {
        return !field.isEmpty() && message.startsWith(field + " ") ? message.substring(field.length() + 1) : message;
    }

    /**
     * The same problem with its rule said as {@code rule}: the message keeps the path it started with (which may be
     * deeper than the field, {@code weights.panic} for {@code weights}) and goes on with {@code rule}.
     */
    public FieldProblem sayingRule(String rule) {
        String first = message.split(" ", 2)[0];
        String subject = !field.isEmpty() && first.startsWith(field) ? first : field;
        return new FieldProblem(field, subject.isEmpty() ? rule : subject + " " + rule, code, args);
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
