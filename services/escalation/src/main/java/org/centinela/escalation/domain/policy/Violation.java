package org.centinela.escalation.domain.policy;

import java.util.Objects;

/**
 * One thing wrong with a policy, for the operator who wrote it.
 *
 * @param field   the path of the offending value, e.g. {@code levels[1].quorum}
 * @param message the whole sentence, starting with {@code field}, e.g.
 *                {@code levels[1].quorum must be at least 1, was 0}
 */
public record Violation(String field, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        if (field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank");
        }
        if (!message.startsWith(field)) {
            throw new IllegalArgumentException("message must start with its field '" + field + "', was '" + message + "'");
        }
    }

    /** The violation of {@code rule} by {@code field}: {@code of("quorum", "must be at least 1")}. */
    public static Violation of(String field, String rule) {
        return new Violation(field, field + " " + rule);
    }

    /** The same violation reported at another field, e.g. {@code target} → {@code targets[0]}. */
    public Violation at(String otherField) {
        return new Violation(otherField, otherField + message.substring(field.length()));
    }

    /** The same violation inside an enclosing value: {@code within("levels[1].")} turns {@code quorum} into {@code levels[1].quorum}. */
    public Violation within(String prefix) {
        return at(prefix + field);
    }

    @Override
    public String toString() {
        return message;
    }
}
