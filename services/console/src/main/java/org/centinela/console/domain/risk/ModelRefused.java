package org.centinela.console.domain.risk;

import java.util.List;
import org.centinela.console.domain.FieldProblem;

/** risk-scoring would not save a model (422, or 400 for a malformed one): each field path it named and why. */
public class ModelRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public ModelRefused(List<FieldProblem> problems) {
        super("risk model refused: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
