package org.centinela.intake.adapter.in.web;

import com.twilio.security.RequestValidator;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.messaging.Message;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.intake.application.Directory;
import org.centinela.intake.application.ReceiveSms;
import org.centinela.intake.application.SeizedCodeWords;
import org.centinela.contracts.StorableText;
import org.centinela.problem.Problem;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Twilio's inbound SMS webhook. Only a request signed with our auth token over our public URL is
 * read (403 otherwise); the answer is TwiML with the discreet reply, or an empty response.
 */
@Path(TwilioSmsWebhook.PATH)
// Authenticated by X-Twilio-Signature over the form, checked before anything is read.
@PermitAll
public class TwilioSmsWebhook {

    static final String PATH = "/twilio/sms";
    private static final String EMPTY_TWIML = new MessagingResponse.Builder().build().toXml();

    /**
     * The TwiML of each reply, made once: the SDK's {@code toXml()} builds new XML factories on every call, which look
     * their implementations up in the class path's jars under a lock; under a burst of SOS that serialises the
     * webhook's threads. The replies are the few discreet ones of {@code DiscreetReply}.
     */
    private static final Map<String, String> TWIML_BY_REPLY = new ConcurrentHashMap<>();

    private final ReceiveSms receiveSms;
    private final Directory directory;
    private final SeizedCodeWords seizedCodeWords;
    private final PhoneNumbers phoneNumbers;
    private final AbuseLimits limits;
    private final RequestValidator validator;
    private final String publicUrl;

    public TwilioSmsWebhook(ReceiveSms receiveSms, Directory directory, SeizedCodeWords seizedCodeWords,
            PhoneNumbers phoneNumbers, AbuseLimits limits, @ConfigProperty(name = "twilio.auth-token") String authToken,
            @ConfigProperty(name = "twilio.webhook-base-url") String webhookBaseUrl) {
        this.receiveSms = receiveSms;
        this.directory = directory;
        this.seizedCodeWords = seizedCodeWords;
        this.phoneNumbers = phoneNumbers;
        this.limits = limits;
        this.validator = new RequestValidator(authToken);
        this.publicUrl = webhookBaseUrl + PATH;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_XML)
    @Operation(summary = "Twilio inbound SMS webhook (X-Twilio-Signature required); answers TwiML")
    public Response receive(@HeaderParam("X-Twilio-Signature") String signature, @Context HttpHeaders headers,
            String form) {
        Optional<Map<String, String>> fields = WebhookForm.parse(form, headers.getMediaType());
        if (fields.isEmpty()) {
            return Problem.of(Response.Status.BAD_REQUEST, "The form is malformed").toResponse();
        }
        Map<String, String> params = fields.get();
        if (signature == null || !validator.validate(publicUrl, params, signature)) {
            return Problem.of(Response.Status.FORBIDDEN, "X-Twilio-Signature is missing or wrong").toResponse();
        }
        // What cannot be stored (a NUL, a lone surrogate) is cleaned once the signature is checked: never refused.
        String sid = StorableText.of(params.get("MessageSid"));
        String from = StorableText.of(params.get("From"));
        String body = StorableText.of(params.getOrDefault("Body", ""));
        if (sid == null || sid.isBlank() || from == null || from.isBlank()) {
            return Problem.of(Response.Status.BAD_REQUEST, "MessageSid and From are required").toResponse();
        }
        if (body.length() > SignalReceived.MAX_TEXT_LENGTH) {
            return Problem.of(Response.Status.BAD_REQUEST,
                    "Body must be at most " + SignalReceived.MAX_TEXT_LENGTH + " characters").toResponse();
        }
        String phone = phoneNumbers.e164(from).orElse(from);
        if (!limits.allowSms(phone, fromSomeoneKnown(phone, body))) {
            return twiml(EMPTY_TWIML);
        }
        String reply = receiveSms.receive(new ReceiveSms.InboundSms(sid, phone, body));
        return twiml(reply.isEmpty() ? EMPTY_TWIML
                : TWIML_BY_REPLY.computeIfAbsent(reply, TwilioSmsWebhook::messaging));
    }

    /**
     * Whether the SMS comes from the directory: from the number of a person of it, or naming a defender by her
     * seized-phone code word, which she may send from a borrowed phone; strangers' SMS never hold back either.
     */
    private boolean fromSomeoneKnown(String phone, String body) {
        Optional<PersonSnapshot> sender = directory.byPhone(phone);
        return sender.isPresent() || !seizedCodeWords.namedIn(body, sender).isEmpty();
    }

    private static String messaging(String reply) {
        return new MessagingResponse.Builder().message(new Message.Builder(reply).build()).build().toXml();
    }

    private static Response twiml(String xml) {
        return Response.ok(xml, MediaType.APPLICATION_XML).build();
    }
}
