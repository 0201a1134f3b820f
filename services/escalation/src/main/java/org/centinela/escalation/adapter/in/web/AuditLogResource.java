package org.centinela.escalation.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.centinela.escalation.application.ReadAuditLog;
import org.centinela.escalation.domain.AuditEntry;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The audit log, for operators and auditors (contract §4). */
@Path("/api/v1/audit-log")
@Produces(MediaType.APPLICATION_JSON)
public class AuditLogResource {

    private final ReadAuditLog readAuditLog;
    private final SecurityIdentity identity;

    public AuditLogResource(ReadAuditLog readAuditLog, SecurityIdentity identity) {
        this.readAuditLog = readAuditLog;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(summary = "Who read or changed what, newest first",
            description = "Pass the 'next' value of a page as 'before' to get the older entries.")
    public AuditLogPage read(@QueryParam("before") @Min(1) Long before,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(ReadAuditLog.MAX_PAGE) int limit) {
        List<AuditEntry> entries = readAuditLog.read(identity.getPrincipal().getName(), before, limit);
        Long next = entries.size() == limit ? entries.get(entries.size() - 1).sequence() : null;
        return new AuditLogPage(entries.stream().map(AuditLogPage.Entry::of).toList(), next);
    }

    /** One page of the audit log; {@code next} is the cursor for the older page, null on the last one. */
    public record AuditLogPage(List<Entry> entries, Long next) {

        /** An audit entry as the API shows it; {@code channel} only for a brief disclosed, opened or read. */
        public record Entry(long sequence, Instant at, String actor, String action, String subject,
                @JsonInclude(JsonInclude.Include.NON_NULL) String channel) {
            static Entry of(AuditEntry entry) {
                return new Entry(entry.sequence(), entry.at(), entry.actor(), entry.action().name(), entry.subject(),
                        entry.channel());
            }
        }
    }
}
