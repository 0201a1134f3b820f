package org.centinela.escalation.application.engine;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.centinela.escalation.application.Policies;
import org.centinela.escalation.domain.policy.EscalationPolicy;

/** Policies held in a map, every version kept, for the engine's tests. */
@Alternative
@ApplicationScoped
public class FakePolicies implements Policies {

    private final Map<String, EscalationPolicy> versions = new ConcurrentHashMap<>();
    private final Map<String, EscalationPolicy> current = new ConcurrentHashMap<>();

    public void clear() {
        versions.clear();
        current.clear();
    }

    public void save(EscalationPolicy policy) {
        versions.put(policy.id() + "@" + policy.version(), policy);
        current.put(policy.id(), policy);
    }

    @Override
    public Optional<EscalationPolicy> current(String policyId) {
        return Optional.ofNullable(current.get(policyId));
    }

    @Override
    public Optional<EscalationPolicy> version(String policyId, long version) {
        return Optional.ofNullable(versions.get(policyId + "@" + version));
    }
}
