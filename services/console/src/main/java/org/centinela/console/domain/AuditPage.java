package org.centinela.console.domain;

import java.util.List;

/** A page of the audit log, newest first; {@code next} is the cursor of the older page, null on the last one. */
public record AuditPage(List<AuditEntry> entries, Long next) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
