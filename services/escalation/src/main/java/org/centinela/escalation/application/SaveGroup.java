package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.directory.GroupDraft;
import org.centinela.escalation.domain.directory.InvalidEntryException;
import org.centinela.escalation.domain.directory.ResponderGroup;
import org.centinela.escalation.domain.policy.Violation;

/** An operator creates or replaces a group of responders; every member must be a responder of the directory. */
@ApplicationScoped
public class SaveGroup {

    private final Groups groups;
    private final Network network;
    private final AuditTrail audit;
    private final Clock clock;

    public SaveGroup(Groups groups, Network network, AuditTrail audit, Clock clock) {
        this.groups = groups;
        this.network = network;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the group was created (rather than replaced). */
    @Transactional
    public boolean save(String actor, String groupId, GroupDraft draft) {
        ResponderGroup group = draft.toGroup(groupId);
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < group.members().size(); i++) {
            if (!network.responderExists(group.members().get(i))) {
                violations.add(Violation.of("members[" + i + "]", "names no responder", "unknown-responder",
                        group.members().get(i)));
            }
        }
        InvalidEntryException.throwIfAny(violations);
        Instant now = clock.instant();
        boolean created = groups.save(group, now);
        audit.append(now, actor, created ? AuditAction.CREATE : AuditAction.UPDATE, Subjects.group(groupId));
        return created;
    }
}
