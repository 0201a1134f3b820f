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

    /** escalation's refusal, each field path placed on the form field it belongs to. */
    public static FormErrors of(PolicyRefused refused) {
        FormErrors errors = new FormErrors();
        refused.problems().forEach(problem -> errors.add(PolicyForm.fieldOf(problem.field()), problem.message()));
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
