package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.AuditEntry;

/** An operator or auditor reads the audit log; the reading is itself audited. */
@ApplicationScoped
public class ReadAuditLog {

    public static final String SUBJECT = "audit-log";
    public static final int MAX_PAGE = 500;

    private final AuditTrail trail;
    private final Clock clock;

    public ReadAuditLog(AuditTrail trail, Clock clock) {
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * The page of entries older than {@code before} (or the newest when {@code before} is null), after
     * recording that {@code reader} read the log.
     */
    public List<AuditEntry> read(String reader, Long before, int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_PAGE + ", was " + limit);
        }
        AuditEntry reading = trail.append(clock.instant(), reader, AuditAction.READ, SUBJECT);
        long cursor = before == null ? reading.sequence() + 1 : before;
        return trail.page(cursor, limit);
    }
}
