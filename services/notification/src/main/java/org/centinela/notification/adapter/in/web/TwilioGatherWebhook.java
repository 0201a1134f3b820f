package org.centinela.notification.adapter.in.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.centinela.notification.adapter.out.twilio.TwilioSettings;
import org.centinela.notification.adapter.out.twilio.VoiceScripts;
import org.centinela.notification.application.AnswerCall;
import org.centinela.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The keypress of a call's {@code <Gather>}: 1 acknowledges, 2 declines (each published once on
 * {@code alerts.responses}, however often Twilio retries), 9 says the message again. Only a request signed
 * by Twilio over our public URL is read (403 otherwise); the answer is TwiML.
 */
@Path(TwilioSettings.GATHER_PATH)
// Authenticated by X-Twilio-Signature, checked before anything is read.
@PermitAll
public class TwilioGatherWebhook {

    private final TwilioSignatures signatures;
    private final AnswerCall answerCall;
    private final VoiceScripts scripts;
    private final TwilioSettings twilio;

    public TwilioGatherWebhook(TwilioSignatures signatures, AnswerCall answerCall, VoiceScripts scripts,
            TwilioSettings twilio) {
        this.signatures = signatures;
        this.answerCall = answerCall;
        this.scripts = scripts;
        this.twilio = twilio;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Keypress during a call: 1 acknowledge, 2 decline, 9 repeat (X-Twilio-Signature required); answers TwiML")
    public Response pressed(@HeaderParam("X-Twilio-Signature") String signature,
            @QueryParam(TwilioSettings.DELIVERY_PARAMETER) String delivery, @Context UriInfo uri,
            String body) {
        Map<String, String> params = signatures.verified(signature, TwilioSettings.GATHER_PATH, uri, body);
        Optional<UUID> deliveryId = TwilioStatusCallback.deliveryId(delivery);
        String callSid = params.get("CallSid");
        if (deliveryId.isEmpty() || callSid == null || callSid.isBlank()) {
            return Problem.of(Response.Status.BAD_REQUEST, "the action URL names no delivery, or CallSid is missing")
                    .toResponse();
        }
        String twiml = answerCall.pressed(deliveryId.get(), callSid, params.getOrDefault("Digits", ""))
                .map(answer -> scripts.answer(answer, twilio.gatherAction(deliveryId.get())))
                .orElseGet(VoiceScripts::hangUp);
        return Response.ok(twiml, MediaType.APPLICATION_XML).build();
    }
}
