package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.time.Clock;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.policy.EscalationPolicy;

/**
 * An operator removes a policy no defender uses any more (409 while one does). Its versions stay: an alert
 * that started with one of them goes on with it.
 */
@ApplicationScoped
public class RemovePolicy {

    private static final int NAMED_AT_MOST = 5;

    private final PolicyStore policies;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    public RemovePolicy(PolicyStore policies, People people, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void remove(String actor, String policyId) {
        EscalationPolicy current = policies.current(policyId)
                .orElseThrow(() -> new NotInDirectory("no policy " + policyId));
        List<String> users = people.defendersUsing(policyId, NAMED_AT_MOST);
        if (!users.isEmpty()) {
            throw new DirectoryConflict(null, "policy " + policyId + " is still the policy of defender "
                    + String.join(", defender ", users) + (users.size() == NAMED_AT_MOST ? " and maybe others" : "")
                    + "; give them another policy first");
        }
        policies.delete(policyId);
        audit.append(clock.instant(), actor, AuditAction.DELETE, Subjects.policy(policyId, current.version()));
    }
}
