package org.centinela.escalation.domain.policy;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One thing wrong with a policy or a directory entry, for the operator who wrote it: in English, and as a
 * rule code with its arguments that a client can say in its reader's language.
 *
 * @param field   the path of the offending value, e.g. {@code levels[1].quorum}
 * @param message the whole sentence, starting with {@code field}, e.g.
 *                {@code levels[1].quorum must be at least 1, was 0}
 * @param code    the rule broken, lowercase words joined by hyphens, e.g. {@code too-small}
 * @param args    the rule's values in the order its code documents, e.g. {@code ["1", "0"]}: numbers, ids,
 *                enum names, ISO durations, never personal data
 */
public record Violation(String field, String message, String code, List<String> args) {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(code, "code");
        args = List.copyOf(args);
        if (field.isBlank()) {
            throw new IllegalArgumentException("field must not be blank");
        }
        if (!message.startsWith(field)) {
            throw new IllegalArgumentException("message must start with its field '" + field + "', was '" + message + "'");
        }
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be lowercase words joined by hyphens, was '" + code + "'");
        }
    }

    /**
     * The violation of {@code rule} by {@code field}, named {@code code} with {@code args} as text:
     * {@code of("quorum", "must be at least 1, was 0", "too-small", 1, 0)}.
     */
    public static Violation of(String field, String rule, String code, Object... args) {
        return new Violation(field, field + " " + rule, code, Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The same violation reported at another field, e.g. {@code target} → {@code targets[0]}. */
    public Violation at(String otherField) {
        return new Violation(otherField, otherField + message.substring(field.length()), code, args);
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
