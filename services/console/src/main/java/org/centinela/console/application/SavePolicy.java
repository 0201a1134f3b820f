package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.console.domain.Policy;

/** Sends a policy an operator wrote to escalation, which saves it as a new version or refuses it. */
@ApplicationScoped
public class SavePolicy {

    private final PoliciesOfTheNetwork policies;

    public SavePolicy(PoliciesOfTheNetwork policies) {
        this.policies = policies;
    }

    /** The version escalation saved; {@code PolicyRefused} or {@code NotAllowed} when it does not. */
    public Policy save(Policy policy) {
        return policies.save(policy);
    }
}
