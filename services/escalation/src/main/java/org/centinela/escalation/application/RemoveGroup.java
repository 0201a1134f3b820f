package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;

/** An operator removes a group; one that a policy still names is kept (409, naming the policies). */
@ApplicationScoped
public class RemoveGroup {

    private final Groups groups;
    private final PolicyStore policies;
    private final AuditTrail audit;
    private final Clock clock;

    public RemoveGroup(Groups groups, PolicyStore policies, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void remove(String actor, String groupId) {
        if (groups.group(groupId).isEmpty()) {
            throw new NotInDirectory("no group " + groupId);
        }
        List<String> namedBy = policies.policiesNamingGroup(groupId);
        if (!namedBy.isEmpty()) {
            throw new DirectoryConflict(null, "group " + groupId + " is still named by policy "
                    + String.join(", policy ", namedBy) + "; change those policies first");
        }
        groups.delete(groupId);
        audit.append(clock.instant(), actor, AuditAction.DELETE, Subjects.group(groupId));
    }
}
