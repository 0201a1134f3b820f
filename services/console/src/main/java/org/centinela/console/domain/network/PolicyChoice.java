package org.centinela.console.domain.network;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** An escalation policy a defender may be given, by its id and name. */
public record PolicyChoice(String id, String name) {

    public PolicyChoice {
        Objects.requireNonNull(id, "id");
        name = name == null || name.isBlank() ? id : name;
    }

    /**
     * The policies to choose from, with {@code chosen} among them even when escalation does not list it, so that
     * saving her form never silently gives a defender another policy; "" adds nothing.
     */
    public static List<PolicyChoice> withChosen(List<PolicyChoice> policies, String chosen) {
        if (chosen == null || chosen.isEmpty() || policies.stream().anyMatch(policy -> policy.id().equals(chosen))) {
            return List.copyOf(policies);
        }
        return Stream.concat(policies.stream(), Stream.of(new PolicyChoice(chosen, chosen))).toList();
    }
}
