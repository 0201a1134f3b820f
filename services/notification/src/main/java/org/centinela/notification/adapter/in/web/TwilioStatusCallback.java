package org.centinela.notification.adapter.in.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.centinela.notification.adapter.out.twilio.TwilioSettings;
import org.centinela.notification.application.Outcomes;
import org.centinela.notification.domain.DeliveryState;
import org.centinela.notification.domain.Failure;
import org.centinela.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Twilio's status callbacks for messages ({@code MessageStatus}) and calls ({@code CallStatus}). Only a
 * request signed by Twilio over our public URL is read (403 otherwise). Each status moves its delivery
 * forward and is published once on {@code notifications.status}: a callback Twilio retries, or one that
 * arrives after a later one, changes nothing. An undelivered message and a call that is not answered,
 * busy or failed make the delivery FAILED at once, so that escalation falls back to another channel.
 */
@Path(TwilioSettings.STATUS_PATH)
// Authenticated by X-Twilio-Signature, checked before anything is read.
@PermitAll
public class TwilioStatusCallback {

    private final TwilioSignatures signatures;
    private final Outcomes outcomes;

    public TwilioStatusCallback(TwilioSignatures signatures, Outcomes outcomes) {
        this.signatures = signatures;
        this.outcomes = outcomes;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Twilio message and call status callback (X-Twilio-Signature required)")
    public Response status(@HeaderParam("X-Twilio-Signature") String signature,
            @QueryParam(TwilioSettings.DELIVERY_PARAMETER) String delivery, @Context UriInfo uri,
            String body) {
        Map<String, String> params = signatures.verified(signature, TwilioSettings.STATUS_PATH, uri, body);
        Optional<UUID> deliveryId = deliveryId(delivery);
        if (deliveryId.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, "the callback URL names no delivery").toResponse();
        }
        Optional<TwilioStatuses.Reported> reported = params.containsKey("CallStatus")
                ? TwilioStatuses.call(params.get("CallStatus"))
                : TwilioStatuses.message(params.get("MessageStatus"), params.get("ErrorCode"));
        if (reported.isPresent()) {
            String sid = params.containsKey("CallSid") ? params.get("CallSid") : params.get("MessageSid");
            DeliveryState state = reported.get().state();
            Failure failure = reported.get().failure();
            outcomes.reported(deliveryId.get(), state, sid == null || sid.isBlank() ? null : sid, failure);
        }
        return Response.noContent().build();
    }

    static Optional<UUID> deliveryId(String text) {
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
