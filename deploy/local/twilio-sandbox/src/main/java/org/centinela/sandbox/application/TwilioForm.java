package org.centinela.sandbox.application;

import java.util.List;
import java.util.Map;

/** The form parameters of a Twilio REST request, as the SDK sends them (names are case-sensitive). */
public record TwilioForm(Map<String, List<String>> params) {

    public TwilioForm {
        params = Map.copyOf(params);
    }

    /** The parameter's first value, or null when absent or blank. */
    public String value(String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isBlank()) {
            return null;
        }
        return values.get(0);
    }

    public List<String> values(String name) {
        return params.getOrDefault(name, List.of());
    }
}
