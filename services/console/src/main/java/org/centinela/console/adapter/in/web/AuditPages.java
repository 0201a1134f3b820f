package org.centinela.console.adapter.in.web;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.centinela.console.application.AuditLog;
import org.centinela.console.domain.AuditEntry;
import org.centinela.console.domain.AuditPage;

/**
 * The audit log, a page at a time, for operators and auditors (contract §4): responders are refused here, and
 * escalation judges the call again with her token.
 */
@Path("/audit")
@Blocking
public class AuditPages {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final Template audit;
    private final AuditLog log;
    private final SignedIn me;

    public AuditPages(Template audit, AuditLog log, SignedIn me) {
        this.audit = audit;
        this.log = log;
        this.me = me;
    }

    @GET
    @RolesAllowed({"operator", "auditor"})
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("before") Long before) {
        AuditPage page = log.page(before);
        return audit.data("me", me).data("lines", page.entries().stream().map(AuditLine::of).toList())
                .data("next", page.next() == null ? "" : page.next().toString())
                .data("older", before != null);
    }

    /** One row of the table. */
    public record AuditLine(AuditEntry entry, String when) {
        static AuditLine of(AuditEntry entry) {
            return new AuditLine(entry, WHEN.format(entry.at()));
        }
    }
}
