package org.centinela.console.adapter.in.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.PolicyRefused;

/** What is wrong with a submitted form, by form field ({@code ""}: the form as a whole), in the order found. */
public final class FormErrors {

    private final Map<String, List<String>> byField = new LinkedHashMap<>();

    /**
     * escalation's refusal said in her words {@code t}, each rule placed on the form field its path belongs to
     * (without the path, which the field's label says); what belongs to no field whole, at the top.
     */
    public static FormErrors of(PolicyRefused refused, Map<String, String> t) {
        FormErrors errors = new FormErrors();
        RuleSentence.allIn(refused.problems(), t).forEach(problem -> {
            String input = PolicyForm.fieldOf(problem.field());
            errors.add(input, input.isEmpty() ? problem.message() : problem.rule());
        });
        return errors;
    }

    void add(String field, String message) {
        byField.computeIfAbsent(field, key -> new ArrayList<>()).add(message);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** The messages of one form field, empty when it is right. */
    public List<String> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    /** Every form field with its messages, in the order they were found. */
    public Map<String, List<String>> byField() {
        return Collections.unmodifiableMap(byField);
    }
}
