package org.centinela.escalation.application;

import java.time.Instant;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.AuditEntry;

/** Where the audit log is kept: appended to, never changed. */
public interface AuditTrail {

    AuditEntry append(Instant at, String actor, AuditAction action, String subject);

    /** At most {@code limit} entries older than {@code before} (a sequence), newest first. */
    List<AuditEntry> page(long before, int limit);
}
