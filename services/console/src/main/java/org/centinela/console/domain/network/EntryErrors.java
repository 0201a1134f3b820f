package org.centinela.console.domain.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.centinela.console.domain.FieldProblem;

/**
 * What the form of a directory entry (a defender, a responder, a group) shows after escalation refused it: a
 * message next to each field of the form at fault, and at the top whatever names no field of the form.
 * {@code channels[2]} belongs to the {@code channels} checkboxes; several rules broken by one field are shown
 * together.
 */
public record EntryErrors(Map<String, String> byField, List<String> general) {

    public static final EntryErrors NONE = new EntryErrors(Map.of(), List.of());

    public EntryErrors {
        byField = Map.copyOf(byField);
        general = List.copyOf(general);
    }

    /** escalation's violations placed on {@code fields}, the names of the form's inputs (its JSON fields). */
    public static EntryErrors of(List<FieldProblem> violations, Set<String> fields) {
        Map<String, String> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (FieldProblem violation : violations) {
            String field = violation.topField();
            if (fields.contains(field)) {
                byField.merge(field, violation.rule(), (first, next) -> first.equals(next) ? first : first + "; " + next);
            } else {
                general.add(violation.message());
            }
        }
        return new EntryErrors(byField, general);
    }

    /** These errors with {@code message} at the top as well. */
    public EntryErrors withGeneral(String message) {
        List<String> all = new ArrayList<>();
        all.add(message);
        all.addAll(general);
        return new EntryErrors(byField, all);
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    /** The message next to {@code field}, "" when it is fine. */
    public String of(String field) {
        return byField.getOrDefault(field, "");
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }
}
