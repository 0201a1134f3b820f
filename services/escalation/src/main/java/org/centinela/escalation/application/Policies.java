package org.centinela.escalation.application;

import java.util.Optional;
import org.centinela.escalation.domain.policy.EscalationPolicy;

/** The saved escalation policies, every version of them kept: an alert keeps the version it started with. */
public interface Policies {

    /** The current version of policy {@code policyId}; empty when there is no such policy. */
    Optional<EscalationPolicy> current(String policyId);

    /** Version {@code version} of policy {@code policyId}; empty when there is no such version. */
    Optional<EscalationPolicy> version(String policyId, long version);
}
