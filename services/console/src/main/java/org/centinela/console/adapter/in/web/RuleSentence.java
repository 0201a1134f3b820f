package org.centinela.console.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.centinela.console.domain.FieldProblem;

/**
 * A rule a service says was broken, said in the reader's language: the service's code looked up as
 * {@code rule.<code>} in her words, its arguments put in for {@code {0}}, {@code {1}} … A rule without a code, a
 * code the console has no words for, or words that ask for an argument the service did not give, keep the
 * service's own (English) sentence: something true is always shown.
 */
final class RuleSentence {

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    private RuleSentence() {
    }

    static List<FieldProblem> allIn(List<FieldProblem> problems, Map<String, String> t) {
        return problems.stream().map(problem -> in(problem, t)).toList();
    }

    static FieldProblem in(FieldProblem problem, Map<String, String> t) {
        String words = problem.code() == null ? null : t.get("rule." + problem.code());
        if (words == null) {
            return problem;
        }
        StringBuilder said = new StringBuilder();
        Matcher argument = ARGUMENT.matcher(words);
        while (argument.find()) {
            int index = Integer.parseInt(argument.group(1));
            if (index >= problem.args().size()) {
                return problem;
            }
            argument.appendReplacement(said, Matcher.quoteReplacement(problem.args().get(index)));
        }
        argument.appendTail(said);
        return problem.sayingRule(said.toString());
    }
}
