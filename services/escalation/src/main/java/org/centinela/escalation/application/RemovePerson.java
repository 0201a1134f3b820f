package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;

/**
 * An operator removes a responder or a defender from the network: a tombstone on {@code directory.people}
 * removes her from every service's copy. A responder that a policy or a group still names is kept
 * (409, naming them): a level must not silently lose the people it counts on.
 */
@ApplicationScoped
public class RemovePerson {

    private final People people;
    private final Groups groups;
    private final PolicyStore policies;
    private final DirectorySnapshots snapshots;
    private final AuditTrail audit;
    private final Clock clock;

    public RemovePerson(People people, Groups groups, PolicyStore policies, DirectorySnapshots snapshots,
            AuditTrail audit, Clock clock) {
        this.people = people;
        this.groups = groups;
        this.policies = policies;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void removeResponder(String actor, String id) {
        if (people.responder(id).isEmpty()) {
            throw new NotInDirectory("no responder " + id);
        }
        List<String> namedBy = new ArrayList<>();
        policies.policiesNamingResponder(id).forEach(policy -> namedBy.add("policy " + policy));
        groups.groupsWith(id).forEach(group -> namedBy.add("group " + group));
        if (!namedBy.isEmpty()) {
            throw new DirectoryConflict(null, "responder " + id + " is still named by " + String.join(", ", namedBy)
                    + "; remove her from them first");
        }
        remove(actor, id, Subjects.responder(id));
    }

    @Transactional
    public void removeDefender(String actor, String id) {
        if (people.defender(id).isEmpty()) {
            throw new NotInDirectory("no defender " + id);
        }
        remove(actor, id, Subjects.defender(id));
    }

    private void remove(String actor, String id, String subject) {
        Instant now = clock.instant();
        people.delete(id);
        snapshots.remove(id);
        audit.append(now, actor, AuditAction.DELETE, subject);
    }
}
