package org.centinela.escalation.application;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.centinela.escalation.domain.policy.Violation;

/** A triage decision as sent that breaks one or more rules (HTTP 422), with every violation: fields and rules only. */
public class InvalidTriage extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidTriage(Collection<Violation> violations) {
        super(violations.stream().map(Violation::message).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
