package org.centinela.escalation.domain.policy;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A policy (or a part of one) that breaks one or more rules. It carries every violation found, not
 * only the first, so that an operator can fix everything at once; its message joins them with "; ".
 */
public class InvalidPolicyException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidPolicyException(Collection<Violation> violations) {
        super(joined(violations));
        this.violations = List.copyOf(violations);
    }

    /** Throws if {@code violations} is not empty. */
    static void throwIfAny(Collection<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidPolicyException(violations);
        }
    }

    public List<Violation> violations() {
        return violations;
    }

    private static String joined(Collection<Violation> violations) {
        if (violations == null || violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid policy needs at least one violation");
        }
        return violations.stream().map(Violation::message).collect(Collectors.joining("; "));
    }
}
