package org.centinela.console.application;

import org.centinela.console.domain.AuditPage;

/**
 * escalation's audit log, read with the signed-in person's token: operators and auditors may read it, and
 * escalation records that they did ({@code NotAllowed} for anyone else).
 */
public interface AuditLog {

    /** The newest entries older than {@code before} (null: the newest of all). */
    AuditPage page(Long before);
}
