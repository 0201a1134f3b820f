package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Device;
import org.centinela.escalation.domain.directory.Responder;
import org.centinela.escalation.domain.directory.ResponderGroup;

/**
 * An operator reads the directory. Reading people's contact details is itself audited (who read whom, or
 * which list); groups hold ids only and are not.
 */
@ApplicationScoped
public class ReadDirectory {

    public static final int MAX_PAGE = 200;

    private final People people;
    private final Groups groups;
    private final AuditTrail audit;
    private final Clock clock;

    public ReadDirectory(People people, Groups groups, AuditTrail audit, Clock clock) {
        this.people = people;
        this.groups = groups;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public List<Responder> responders(String reader, String search, int offset, int limit) {
        audit.append(clock.instant(), reader, AuditAction.READ, Subjects.RESPONDERS);
        return people.responders(blankAsNull(search), offset, limit);
    }

    @Transactional
    public Responder responder(String reader, String id) {
        Responder responder = people.responder(id).orElseThrow(() -> new NotInDirectory("no responder " + id));
        audit.append(clock.instant(), reader, AuditAction.READ, Subjects.responder(id));
        return responder;
    }

    @Transactional
    public List<Defender> defenders(String reader, String search, int offset, int limit) {
        audit.append(clock.instant(), reader, AuditAction.READ, Subjects.DEFENDERS);
        return people.defenders(blankAsNull(search), offset, limit);
    }

    @Transactional
    public Defender defender(String reader, String id) {
        Defender defender = people.defender(id).orElseThrow(() -> new NotInDirectory("no defender " + id));
        audit.append(clock.instant(), reader, AuditAction.READ, Subjects.defender(id));
        return defender;
    }

    /** How many devices her panic app is enrolled on. */
    public int devicesOf(String defenderId) {
        return people.devices(defenderId).size();
    }

    /** The devices her panic app is enrolled on, oldest first; a reading of her, audited. */
    @Transactional
    public List<Device> devices(String reader, String defenderId) {
        if (people.defender(defenderId).isEmpty()) {
            throw new NotInDirectory("no defender " + defenderId);
        }
        audit.append(clock.instant(), reader, AuditAction.READ, Subjects.defender(defenderId));
        return people.devices(defenderId);
    }

    public List<ResponderGroup> groups(String search, int offset, int limit) {
        return groups.groups(blankAsNull(search), offset, limit);
    }

    public ResponderGroup group(String id) {
        return groups.group(id).orElseThrow(() -> new NotInDirectory("no group " + id));
    }

    private static String blankAsNull(String search) {
        return search == null || search.isBlank() ? null : search.strip();
    }
}
