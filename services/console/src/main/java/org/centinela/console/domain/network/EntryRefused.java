package org.centinela.console.domain.network;

import java.util.List;
import org.centinela.console.domain.FieldProblem;

/**
 * escalation would not save an entry of the network: it breaks its rules (422, or 400 for a malformed one),
 * naming every field at fault, or it conflicts with the network as it is (409: a phone another person has).
 * Messages name fields and rules, never a value.
 */
public class EntryRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean conflict;
    private final transient List<FieldProblem> violations;

    public EntryRefused(boolean conflict, String detail, List<FieldProblem> violations) {
        super(detail == null ? "" : detail);
        this.conflict = conflict;
        this.violations = List.copyOf(violations);
    }

    /** Whether the entry conflicts with the network as it is (409), rather than breaking a rule. */
    public boolean conflict() {
        return conflict;
    }

    public List<FieldProblem> violations() {
        return violations;
    }
}
