package org.centinela.console.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.centinela.console.domain.network.EntryRefused;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.FieldProblem;

/**
 * How a refusal of escalation reads on the form that was sent: each broken rule next to its input, in the reader's
 * language when escalation named its code; a conflict
 * (the phone of someone else) at the top in the reader's language, and next to its input when it names one.
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
}
