package org.centinela.console.adapter.in.web;

import java.util.List;
import java.util.Map;
import org.centinela.console.domain.FieldProblem;

/**
 * A rule a service says was broken, said in the reader's language: its code looked up as {@code rule.<code>} in her
 * words ({@link CodedWords}). A rule without a code, or one she has no words for, keeps the service's sentence.
 */
final class RuleSentence {

    private RuleSentence() {
    }

    static List<FieldProblem> allIn(List<FieldProblem> problems, Map<String, String> t) {
        return problems.stream().map(problem -> in(problem, t)).toList();
    }

    static FieldProblem in(FieldProblem problem, Map<String, String> t) {
        if (problem.code() == null) {
            return problem;
        }
        return CodedWords.of("rule." + problem.code(), problem.args(), t).map(problem::sayingRule).orElse(problem);
    }
}
