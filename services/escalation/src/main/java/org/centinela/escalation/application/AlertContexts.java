package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.AlertContext;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Gathers what an alert needs to act: the policy version it follows (the defender's current one
 * for a new alert, or for one held without a policy), the network, and the operators on duty — the
 * members of the group named by {@code escalation.operators-group} — the least time between two
 * messages of the brief to one person ({@code escalation.brief.update-gap}), and whether her phone is marked seized.
 */
@ApplicationScoped
public class AlertContexts {

    private final Network network;
    private final Policies policies;
    private final String operatorsGroup;
    private final Duration briefUpdateGap;

    public AlertContexts(Network network, Policies policies,
            @ConfigProperty(name = "escalation.operators-group") String operatorsGroup,
            @ConfigProperty(name = "escalation.brief.update-gap", defaultValue = "PT2M") Duration briefUpdateGap) {
        this.network = network;
        this.policies = policies;
        this.operatorsGroup = operatorsGroup;
        this.briefUpdateGap = briefUpdateGap;
    }

    /** For a new alert of {@code defenderId}: her policy as it is now, if she has one. */
    public AlertContext forDefender(String defenderId) {
        return context(network.policyOf(defenderId).flatMap(policies::current), network.phoneSeized(defenderId));
    }

    /** For an alert that triage opens under policy {@code policyId}: its current version; empty when there is none. */
    public Optional<AlertContext> forPolicy(String policyId) {
        return policies.current(policyId).map(policy -> context(Optional.of(policy), false));
    }

    /** For {@code alert}: the version of the policy it started with. */
    public AlertContext forAlert(Alert alert) {
        if (alert.policyId() == null) {
            return forDefender(alert.defenderId());
        }
        return context(policies.version(alert.policyId(), alert.policyVersion()),
                network.phoneSeized(alert.defenderId()));
    }

    private AlertContext context(Optional<EscalationPolicy> policy, boolean phoneSeized) {
        Set<String> operators = network.groupMembers(operatorsGroup).orElse(Set.of());
        return new AlertContext(policy.orElse(null), network, operators, briefUpdateGap, phoneSeized);
    }
}
