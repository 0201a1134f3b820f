package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import org.centinela.console.domain.Policy;

/** The policies of the network by name, and one of them, as escalation lets the signed-in person read them. */
@ApplicationScoped
public class ReadPolicies {

    private final PoliciesOfTheNetwork policies;

    public ReadPolicies(PoliciesOfTheNetwork policies) {
        this.policies = policies;
    }

    public List<Policy> all() {
        return policies.all().stream().sorted(Comparator.comparing(Policy::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public Policy one(String id) {
        return policies.current(id);
    }
}
