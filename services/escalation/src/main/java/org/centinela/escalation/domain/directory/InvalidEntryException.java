package org.centinela.escalation.domain.directory;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.centinela.escalation.domain.policy.Violation;

/**
 * A responder, defender or group as written that breaks one or more rules, with every violation found
 * (field and rule, never the value: these are people's contact details and secrets).
 */
public class InvalidEntryException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidEntryException(Collection<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid entry needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Throws if {@code violations} is not empty. */
    public static void throwIfAny(Collection<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidEntryException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }
}
