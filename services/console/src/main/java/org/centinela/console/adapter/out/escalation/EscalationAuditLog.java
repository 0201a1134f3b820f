package org.centinela.console.adapter.out.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.console.adapter.out.ServiceAnswers;
import org.centinela.console.application.AuditLog;
import org.centinela.console.domain.AuditPage;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@link AuditLog} through escalation's {@code GET /api/v1/audit-log}, a page of {@value #PAGE} entries. */
@ApplicationScoped
public class EscalationAuditLog implements AuditLog {

    static final int PAGE = 100;

    private final EscalationApi api;

    public EscalationAuditLog(@RestClient EscalationApi api) {
        this.api = api;
    }

    @Override
    public AuditPage page(Long before) {
        return ServiceAnswers.call("audit log", () -> api.auditLog(before, PAGE));
    }
}
