package org.centinela.console.domain;

import java.util.List;

/**
 * escalation did not do what an operator decided on a held alert: it conflicts with the alert as it is now
 * ({@code conflict}, 409: no longer held, or the defender already has an alert that is not over), or a field breaks
 * a rule (422). Each problem names its rule by code when escalation gives one ({@code not-held},
 * {@code open-alert-exists}, {@code required} …); a problem without fields is one of the whole ({@code ""}) with
 * escalation's detail, which names fields and rules, never a value.
 */
public class TriageRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean conflict;
    private final transient List<FieldProblem> problems;

    public TriageRefused(boolean conflict, List<FieldProblem> problems) {
        super(conflict ? "triage conflicts with the alert as it is" : "triage refused");
        this.conflict = conflict;
        this.problems = List.copyOf(problems);
    }

    public boolean conflict() {
        return conflict;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
