package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.directory.EntryRules;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.InvalidPolicyException;
import org.centinela.escalation.domain.policy.PolicyCheck;
import org.centinela.escalation.domain.policy.PolicyDraft;
import org.centinela.escalation.domain.policy.Violation;

/**
 * An operator writes a policy (contract §3, {@code PUT /api/v1/policies/{policyId}}). It is checked whole —
 * its own rules ({@link PolicyDraft#toPolicy}) and against the network ({@link PolicyCheck#againstNetwork}:
 * unknown groups and responders, a quorum above the people a level reaches) — every violation reported at
 * once; then saved as a new version, unless it says exactly what the current version says.
 */
@ApplicationScoped
public class SavePolicy {

    private final PolicyStore policies;
    private final Network network;
    private final AuditTrail audit;
    private final Clock clock;

    public SavePolicy(PolicyStore policies, Network network, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /** What saving did: the current version afterwards, and whether the policy is new or changed. */
    public record Saved(EscalationPolicy policy, boolean created, boolean changed) {
    }

    @Transactional
    public Saved save(String actor, String policyId, PolicyDraft draft) {
        if (!EntryRules.isId(policyId)) {
            throw new InvalidPolicyException(List.of(Violation.of("policyId",
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit", "not-an-id")));
        }
        long next = policies.lastVersion(policyId).orElse(0) + 1;
        EscalationPolicy policy = draft.toPolicy(policyId, next);
        List<Violation> violations = PolicyCheck.againstNetwork(policy, network::groupMembers, network::responderExists);
        if (!violations.isEmpty()) {
            throw new InvalidPolicyException(violations);
        }
        Optional<EscalationPolicy> current = policies.current(policyId);
        if (current.isPresent() && sameRules(current.get(), policy)) {
            return new Saved(current.get(), false, false);
        }
        Instant now = clock.instant();
        policies.save(policy, actor, now);
        audit.append(now, actor, current.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE,
                Subjects.policy(policyId, next));
        return new Saved(policy, current.isEmpty(), true);
    }

    private static boolean sameRules(EscalationPolicy current, EscalationPolicy candidate) {
        return new EscalationPolicy(current.id(), current.name(), current.levels(), current.startLevelByGrade(),
                candidate.version(), current.resolveBy()).equals(candidate);
    }
}
