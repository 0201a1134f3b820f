package org.centinela.escalation.domain.alert;

import java.util.Objects;
import java.util.Set;
import org.centinela.escalation.domain.policy.EscalationPolicy;

/**
 * What an alert needs from outside to act: the version of the policy it follows, how to reach
 * people, and who the operators on duty are.
 *
 * @param policy          the policy version it follows; null when it has none (held for triage)
 * @param reach           groups and channels of the network as they are now
 * @param operatorsOnDuty the people paged when the last level passes without quorum
 */
public record AlertContext(EscalationPolicy policy, Reach reach, Set<String> operatorsOnDuty) {

    public AlertContext {
        Objects.requireNonNull(reach, "reach");
        operatorsOnDuty = Set.copyOf(operatorsOnDuty);
    }
}
