package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.directory.Responder;
import org.centinela.escalation.domain.directory.ResponderDraft;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * An operator adds a responder to the network or edits her: checked, kept, published on
 * {@code directory.people} and audited, all in one transaction.
 */
@ApplicationScoped
public class SaveResponder {

    private final People people;
    private final DirectorySnapshots snapshots;
    private final AuditTrail audit;
    private final Clock clock;
    private final String defaultRegion;

    public SaveResponder(People people, DirectorySnapshots snapshots, AuditTrail audit, Clock clock,
            @ConfigProperty(name = "escalation.default-region") String defaultRegion) {
        this.people = people;
        this.snapshots = snapshots;
        this.audit = audit;
        this.clock = clock;
        this.defaultRegion = defaultRegion;
    }

    /** The id of the new responder. */
    @Transactional
    public String create(String actor, ResponderDraft draft) {
        Responder responder = draft.toResponder(UUID.randomUUID().toString(), defaultRegion);
        Unique.check(people, responder.id(), responder.phone(), responder.username());
        Instant now = clock.instant();
        people.insert(responder, now);
        snapshots.publish(responder, now);
        audit.append(now, actor, AuditAction.CREATE, Subjects.responder(responder.id()));
        return responder.id();
    }

    @Transactional
    public void update(String actor, String id, ResponderDraft draft) {
        if (people.responder(id).isEmpty()) {
            throw new NotInDirectory("no responder " + id);
        }
        Responder responder = draft.toResponder(id, defaultRegion);
        Unique.check(people, id, responder.phone(), responder.username());
        Instant now = clock.instant();
        people.update(responder, now);
        snapshots.publish(responder, now);
        audit.append(now, actor, AuditAction.UPDATE, Subjects.responder(id));
    }
}
