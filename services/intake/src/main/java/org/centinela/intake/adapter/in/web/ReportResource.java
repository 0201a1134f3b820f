package org.centinela.intake.adapter.in.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.ViolenceType;
import org.centinela.intake.application.Directory;
import org.centinela.intake.application.FileReport;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Documented incident reports: from the defender's app (device token), or entered by an operator for
 * a defender (Keycloak token with the operator role, naming {@code defenderId}).
 */
@Path("/api/v1/reports")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
// Authenticated here: a device token, or else a Keycloak token with the operator role (onBehalfOf).
@PermitAll
public class ReportResource {

    private final FileReport fileReport;
    private final DeviceTokens deviceTokens;
    private final Directory directory;
    private final SecurityIdentity identity;
    private final AbuseLimits limits;

    public ReportResource(FileReport fileReport, DeviceTokens deviceTokens, Directory directory,
            SecurityIdentity identity, AbuseLimits limits) {
        this.fileReport = fileReport;
        this.deviceTokens = deviceTokens;
        this.directory = directory;
        this.identity = identity;
        this.limits = limits;
    }

    @POST
    @Operation(summary = "File an incident report (device token, or operator for defenderId); idempotent on clientId")
    public Response report(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @NotNull ReportRequest request) {
        PersonSnapshot defender = deviceTokens.defender(authorization).orElseGet(() -> onBehalfOf(request));
        if (!limits.allowApi("reports", deviceTokens.fingerprint(authorization))) {
            throw AppProblems.tooManyRequests();
        }
        IncidentReport report = new IncidentReport(request.violenceType(), request.perpetratorType(), request.place(),
                request.occurredOn(), request.narrative());
        UUID signalId = fileReport.file(defender, request.clientId(), report,
                request.location() == null ? null : request.location().toLocation());
        return Response.accepted(new SosResource.Accepted(signalId)).build();
    }

    /** The defender an operator reports for; only an operator may, and she must name a defender. */
    private PersonSnapshot onBehalfOf(ReportRequest request) {
        if (identity.isAnonymous()) {
            throw AppProblems.unauthenticated();
        }
        if (!identity.hasRole("operator")) {
            throw new ForbiddenException("Only a defender's device or an operator may file a report");
        }
        return Optional.ofNullable(request.defenderId()).flatMap(directory::byId)
                .filter(person -> person.role() == PersonRole.DEFENDER)
                .orElseThrow(() -> new jakarta.ws.rs.ClientErrorException(
                        "defenderId must name a defender of the directory", 422));
    }

    /** An incident report, as the app's form or the console sends it. */
    public record ReportRequest(
            @NotNull UUID clientId,
            String defenderId,
            @NotNull ViolenceType violenceType,
            @NotNull PerpetratorType perpetratorType,
            @Size(max = IncidentReport.MAX_PLACE_LENGTH) String place,
            @PastOrPresent LocalDate occurredOn,
            @Size(max = IncidentReport.MAX_NARRATIVE_LENGTH) String narrative,
            @Valid LocationBody location) {
    }
}
