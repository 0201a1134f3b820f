package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Operators and auditors read the policies: the current ones, and any version an alert may follow. */
@ApplicationScoped
public class ReadPolicies {

    private final PolicyStore policies;

    public ReadPolicies(PolicyStore policies) {
        this.policies = policies;
    }

    public List<PolicyStore.SavedVersion> current() {
        return policies.currentPolicies();
    }

    public PolicyStore.SavedVersion current(String policyId) {
        return policies.currentSaved(policyId).orElseThrow(() -> new NotInDirectory("no policy " + policyId));
    }

    public PolicyStore.SavedVersion version(String policyId, long version) {
        return policies.savedVersion(policyId, version)
                .orElseThrow(() -> new NotInDirectory("no version " + version + " of policy " + policyId));
    }
}
