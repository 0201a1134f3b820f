package org.centinela.console.domain;

import java.util.List;

/** escalation refused a policy (422): each field path it named ({@code levels[1].quorum}) and what is wrong there. */
public class PolicyRefused extends RuntimeException {

    private final List<FieldProblem> problems;

    public PolicyRefused(List<FieldProblem> problems) {
        super("policy refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
