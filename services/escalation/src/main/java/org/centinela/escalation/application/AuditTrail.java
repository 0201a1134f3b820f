package org.centinela.escalation.application;

import java.time.Instant;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.AuditEntry;

/** Where the audit log is kept: appended to, never changed. */
public interface AuditTrail {

    /** Appends an entry; {@code channel} only for a brief disclosed, opened or read, else null. */
    AuditEntry append(Instant at, String actor, AuditAction action, String subject, String channel);

    /** Appends an entry without a channel. */
    default AuditEntry append(Instant at, String actor, AuditAction action, String subject) {
        return append(at, actor, action, subject, null);
    }

    /** At most {@code limit} entries older than {@code before} (a sequence), newest first. */
    List<AuditEntry> page(long before, int limit);
}
