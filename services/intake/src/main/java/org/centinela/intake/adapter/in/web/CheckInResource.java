package org.centinela.intake.adapter.in.web;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.intake.application.CheckInTimers;
import org.centinela.intake.domain.CheckIn;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Check-in timers of the app: start one, and close it with the PIN when safe. */
@Path("/api/v1/checkins")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
// Authenticated by the device token it checks itself (Authorization: Bearer <device token>), not by Keycloak.
@PermitAll
public class CheckInResource {

    private final CheckInTimers timers;
    private final DeviceTokens deviceTokens;
    private final AbuseLimits limits;

    public CheckInResource(CheckInTimers timers, DeviceTokens deviceTokens, AbuseLimits limits) {
        this.timers = timers;
        this.deviceTokens = deviceTokens;
        this.limits = limits;
    }

    @POST
    @Operation(summary = "Start a check-in timer (device token); idempotent on clientId")
    public Response start(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Valid @NotNull StartRequest request) {
        PersonSnapshot defender = defender(authorization, "checkins");
        CheckIn checkIn = timers.start(defender, request.clientId(), request.dueInMinutes(), request.note());
        return Response.status(Response.Status.CREATED).entity(new Started(checkIn.id(), checkIn.dueAt())).build();
    }

    @POST
    @Path("/{id}/safe")
    @Operation(summary = "Close a check-in with the PIN; every PIN is answered alike (202)")
    public Response safe(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") UUID id,
            @Valid @NotNull SafeRequest request) {
        PersonSnapshot defender = defender(authorization, "checkins");
        CheckIn checkIn = timers.find(defender, id).orElseThrow(() -> new NotFoundException("No check-in " + id));
        timers.safe(defender, checkIn, request.pin());
        return Response.accepted(new Received("received")).build();
    }

    private PersonSnapshot defender(String authorization, String endpoint) {
        PersonSnapshot defender = deviceTokens.defender(authorization).orElseThrow(AppProblems::unauthenticated);
        if (!limits.allowApi(endpoint, deviceTokens.fingerprint(authorization))) {
            throw AppProblems.tooManyRequests();
        }
        return defender;
    }

    /** A check-in to start: due in 1 to 1440 minutes, with an optional note for her network. */
    public record StartRequest(@NotNull UUID clientId, @Min(1) @Max(CheckIn.MAX_MINUTES) int dueInMinutes,
            @Size(max = CheckIn.MAX_NOTE) String note) {
    }

    /** The check-in that was started. */
    public record Started(UUID id, Instant dueAt) {
    }

    /** Her PIN (or her duress PIN). */
    public record SafeRequest(@NotNull @Pattern(regexp = "\\d{4,8}", message = "must be 4 to 8 digits") String pin) {
        @Override
        public String toString() {
            return "SafeRequest[pin=****]";
        }
    }

    /** The same answer whatever the PIN was. */
    public record Received(String status) {
    }
}
