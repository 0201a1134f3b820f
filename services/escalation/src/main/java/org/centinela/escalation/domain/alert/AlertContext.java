package org.centinela.escalation.domain.alert;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import org.centinela.escalation.domain.policy.EscalationPolicy;

/**
 * What an alert needs from outside to act: the version of the policy it follows, how to reach
 * people, who the operators on duty are, how often the brief's updates may go to one person, and whether her phone
 * is marked seized.
 *
 * @param policy          the policy version it follows; null when it has none (held for triage)
 * @param reach           groups and channels of the network as they are now
 * @param operatorsOnDuty the people paged when the last level passes without quorum
 * @param briefUpdateGap  the least time between two messages of the brief to one person (positive)
 * @param phoneSeized     whether her phone is marked seized now ("phone seized" mode): a cancel from it is refused
 */
public record AlertContext(EscalationPolicy policy, Reach reach, Set<String> operatorsOnDuty,
        Duration briefUpdateGap, boolean phoneSeized) {

    /** The gap between two updates of the brief to one person unless configured otherwise. */
    public static final Duration DEFAULT_BRIEF_UPDATE_GAP = Duration.ofMinutes(2);

    public AlertContext {
        Objects.requireNonNull(reach, "reach");
        Objects.requireNonNull(briefUpdateGap, "briefUpdateGap");
        operatorsOnDuty = Set.copyOf(operatorsOnDuty);
        if (briefUpdateGap.isZero() || briefUpdateGap.isNegative()) {
            throw new IllegalArgumentException("briefUpdateGap must be positive, was " + briefUpdateGap);
        }
    }

    /** A context of a defender whose phone is not marked seized. */
    public AlertContext(EscalationPolicy policy, Reach reach, Set<String> operatorsOnDuty, Duration briefUpdateGap) {
        this(policy, reach, operatorsOnDuty, briefUpdateGap, false);
    }

    /** A context with the default gap between updates of the brief, of a defender whose phone is not marked seized. */
    public AlertContext(EscalationPolicy policy, Reach reach, Set<String> operatorsOnDuty) {
        this(policy, reach, operatorsOnDuty, DEFAULT_BRIEF_UPDATE_GAP);
    }
}
