package org.centinela.intake.adapter.in.web;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.intake.application.RaisePanic;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The panic button of the mobile app. */
@Path("/api/v1/sos")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
// Authenticated by the device token it checks itself (Authorization: Bearer <device token>), not by Keycloak.
@PermitAll
public class SosResource {

    private final RaisePanic raisePanic;
    private final DeviceTokens deviceTokens;
    private final AbuseLimits limits;

    public SosResource(RaisePanic raisePanic, DeviceTokens deviceTokens, AbuseLimits limits) {
        this.raisePanic = raisePanic;
        this.deviceTokens = deviceTokens;
        this.limits = limits;
    }

    @POST
    @Operation(summary = "Raise a PANIC signal (device token); idempotent on clientId")
    public Response sos(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @Valid @NotNull SosRequest request) {
        EnrolledDevice device = deviceTokens.device(authorization).orElseThrow(AppProblems::unauthenticated);
        if (!limits.allowApi("sos", deviceTokens.fingerprint(authorization))) {
            throw AppProblems.tooManyRequests();
        }
        UUID signalId = raisePanic.raise(device.defender(), device.id(), request.clientId(),
                request.location() == null ? null : request.location().toLocation(), request.text());
        return Response.accepted(new Accepted(signalId)).build();
    }

    /** A panic from the app: {@code clientId} makes retries harmless. */
    public record SosRequest(@NotNull UUID clientId, @Valid LocationBody location,
            @Size(max = SignalReceived.MAX_TEXT_LENGTH) String text) {
    }

    /** The signal that was raised. */
    public record Accepted(UUID signalId) {
    }
}
