package org.centinela.console.adapter.in.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.TriageRefused;

/**
 * How a refusal of escalation reads on the form that was sent: each broken rule next to its input, in the reader's
 * language when escalation named its code; a conflict
 * (the phone of someone else) at the top in the reader's language, and next to its input when it names one. The same
 * for the forms that decide on an alert held for triage.
 */
final class Refusals {

    private Refusals() {
    }

    static EntryErrors onForm(EntryRefused refused, Set<String> fields, Map<String, String> t) {
        if (refused.conflict()) {
            Optional<String> field = refused.violations().stream().map(FieldProblem::topField).filter(fields::contains)
                    .findFirst();
            if (field.isPresent()) {
                String message = t.getOrDefault("conflict." + field.get(), t.get("conflict"));
                return new EntryErrors(Map.of(field.get(), message), List.of(message));
            }
            return refused.getMessage().isBlank() ? new EntryErrors(Map.of(), List.of(t.get("conflict")))
                    : new EntryErrors(Map.of(), List.of(t.get("conflict"), refused.getMessage()));
        }
        EntryErrors errors = EntryErrors.of(RuleSentence.allIn(refused.violations(), t), fields);
        if (errors.any()) {
            return errors.withGeneral(t.get("formRefused"));
        }
        return refused.getMessage().isBlank() ? new EntryErrors(Map.of(), List.of(t.get("error.invalid")))
                : new EntryErrors(Map.of(), List.of(t.get("error.invalid"), refused.getMessage()));
    }

    /**
     * A refusal of an action without inputs (enrolling or revoking a device, marking her phone seized): {@code lead},
     * which says what was not done, and escalation's reason when it gave one.
     */
    static EntryErrors ofAction(EntryRefused refused, String lead) {
        return refused.getMessage().isBlank() ? EntryErrors.NONE.withGeneral(lead)
                : new EntryErrors(Map.of(), List.of(lead, refused.getMessage()));
    }

    /**
     * escalation's refusal of a triage decision on the triage forms: a rule on an input of the forms beside it, what
     * names none ({@code not-held}, {@code open-alert-exists} …) at the top, each in the reader's language when
     * escalation named its code and she has words for it, else in escalation's sentence.
     */
    static EntryErrors onTriage(TriageRefused refused, Map<String, String> t) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        general.add(t.get(refused.conflict() ? "triage.conflict" : "triage.refused"));
        for (FieldProblem problem : refused.problems()) {
            FieldProblem said = RuleSentence.in(problem, t);
            if (TriageView.FIELDS.contains(problem.topField())) {
                byField.merge(problem.topField(), said.rule(), (first, next) -> first + "; " + next);
            } else {
                general.add(said == problem ? problem.message() : said.rule());
            }
        }
        return new EntryErrors(byField, general);
    }
}
