package org.centinela.sandbox.adapter.in.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ServerErrorException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.centinela.sandbox.application.Carrier;
import org.centinela.sandbox.application.ReceiveSms;
import org.centinela.sandbox.application.Switchboard;
import org.centinela.sandbox.application.Webhooks;
import org.centinela.sandbox.domain.Call;
import org.centinela.sandbox.domain.CallScript;
import org.centinela.sandbox.domain.Channel;
import org.centinela.sandbox.domain.FaultMode;
import org.centinela.sandbox.domain.FaultPlan;
import org.centinela.sandbox.domain.SmsMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The sandbox's control API (contract §3): what tests, demos and trainers use to play the phones. */
@Path("/sandbox")
@Produces(MediaType.APPLICATION_JSON)
public class SandboxControlResource {

    private final Switchboard switchboard;
    private final FaultPlan faults;
    private final ReceiveSms receiveSms;
    private final Carrier carrier;
    private final String centinelaNumber;

    public SandboxControlResource(Switchboard switchboard, FaultPlan faults, ReceiveSms receiveSms, Carrier carrier,
            @ConfigProperty(name = "twilio.from") String centinelaNumber) {
        this.switchboard = switchboard;
        this.faults = faults;
        this.receiveSms = receiveSms;
        this.carrier = carrier;
        this.centinelaNumber = centinelaNumber;
    }

    @GET
    @Path("/info")
    @Operation(summary = "The sandbox's settings a phone needs: Centinela's number (twilio.from)")
    public Info info() {
        return new Info(centinelaNumber);
    }

    @GET
    @Path("/messages")
    @Operation(summary = "Every SMS to (or, with from, from) a number, oldest first")
    public List<MessageView> messages(@QueryParam("to") String to, @QueryParam("from") String from) {
        return switchboard.messages().stream()
                .filter(m -> (to == null || to.equals(m.to())) && (from == null || from.equals(m.from())))
                .map(MessageView::of)
                .toList();
    }

    @GET
    @Path("/calls")
    @Operation(summary = "Every call to a number, oldest first")
    public List<CallView> calls(@QueryParam("to") String to) {
        return switchboard.calls().stream().filter(c -> to == null || to.equals(c.to())).map(CallView::of).toList();
    }

    @POST
    @Path("/inbound-sms")
    @Operation(summary = "A phone texts Centinela: posts a signed Twilio form to intake's SMS webhook")
    public WebhookAnswerView inboundSms(@Valid @NotNull InboundSms sms) {
        try {
            return WebhookAnswerView.of(receiveSms.receive(sms.from(), sms.to(), sms.body()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        } catch (Webhooks.WebhookUnreachableException e) {
            throw new ServerErrorException(e.getMessage(), Response.Status.BAD_GATEWAY);
        }
    }

    @POST
    @Path("/calls/{sid}/digits")
    @Operation(summary = "A key pressed on an answered call: posted, signed, to the call's Gather action")
    public WebhookAnswerView digits(@PathParam("sid") String sid, @Valid @NotNull Digits digits) {
        if (switchboard.call(sid).isEmpty()) {
            throw new NotFoundException("no call " + sid);
        }
        try {
            return WebhookAnswerView.of(carrier.press(sid, digits.digits()));
        } catch (IllegalStateException e) {
            throw new ClientErrorException(e.getMessage(), Response.Status.CONFLICT);
        } catch (Webhooks.WebhookUnreachableException e) {
            throw new ServerErrorException(e.getMessage(), Response.Status.BAD_GATEWAY);
        }
    }

    @POST
    @Path("/faults")
    @Operation(summary = "The next count requests of a channel (to one number, if 'to' is given) fail this way")
    public Response faults(@Valid @NotNull Fault fault) {
        try {
            faults.add(fault.channel(), fault.mode(), fault.count(), fault.to());
        } catch (IllegalArgumentException e) {
            throw new ClientErrorException(e.getMessage(), 422);
        }
        return Response.accepted(fault).build();
    }

    @DELETE
    @Operation(summary = "Forget every message, call and planned fault")
    public Response reset() {
        faults.clear();
        carrier.forgetCalls();
        switchboard.reset();
        return Response.noContent().build();
    }

    @GET
    @Path("/phones")
    @Operation(summary = "Every number that sent or received something, with its SMS thread and calls")
    public List<PhoneView> phones() {
        Map<String, List<SmsMessage>> threads = new LinkedHashMap<>();
        switchboard.messages().forEach(m -> threads.computeIfAbsent(m.phone(), n -> new java.util.ArrayList<>()).add(m));
        Map<String, List<Call>> calls = new LinkedHashMap<>();
        switchboard.calls().forEach(c -> calls.computeIfAbsent(c.to(), n -> new java.util.ArrayList<>()).add(c));
        return Stream.concat(threads.keySet().stream(), calls.keySet().stream())
                .distinct()
                .map(number -> PhoneView.of(number, threads.getOrDefault(number, List.of()),
                        calls.getOrDefault(number, List.of())))
                .sorted(Comparator.comparing(PhoneView::lastActivityAt).reversed())
                .toList();
    }

    /** What the phones page needs to know of the sandbox. */
    public record Info(String centinelaNumber) {
    }

    /** An SMS typed on a sandbox phone. */
    public record InboundSms(@NotBlank String from, @NotBlank String to, @NotBlank @Size(max = 1600) String body) {
    }

    /** Keys pressed on a call. */
    public record Digits(@NotNull @Pattern(regexp = "[0-9*#]{1,20}", message = "must be 1 to 20 of 0-9, * and #") String digits) {
    }

    /** A fault for the next {@code count} requests of a channel, to number {@code to} only when it is given. */
    public record Fault(@NotNull Channel channel, @NotNull FaultMode mode, @Min(1) @Max(1000) int count, String to) {
    }

    /** What the webhook answered: its HTTP status and body (TwiML). */
    public record WebhookAnswerView(int status, String body) {
        static WebhookAnswerView of(Webhooks.WebhookAnswer answer) {
            return new WebhookAnswerView(answer.status(), answer.body());
        }
    }

    /** An SMS as the control API and the phones page show it. */
    public record MessageView(String sid, String direction, String from, String to, String body, String status,
            int segments, String encoding, Integer errorCode, Instant createdAt) {
        static MessageView of(SmsMessage m) {
            return new MessageView(m.sid(), m.direction().outbound() ? "outbound" : "inbound", m.from(), m.to(),
                    m.body(), m.status().wire(), m.segments().count(), m.segments().encoding().name(), m.errorCode(),
                    m.createdAt());
        }
    }

    /** A call as the control API and the phones page show it: {@code say} is everything said so far. */
    public record CallView(String sid, String from, String to, String status, String twiml, List<String> say,
            CallScript.Gather gather, List<String> digits, Instant createdAt) {
        static CallView of(Call c) {
            return new CallView(c.sid(), c.from(), c.to(), c.status().wire(), c.twiml(), c.transcript(),
                    c.script().gather(), c.digits(), c.createdAt());
        }
    }

    /** One phone number, with its SMS thread and calls, oldest first. */
    public record PhoneView(String number, Instant lastActivityAt, List<MessageView> messages, List<CallView> calls) {
        static PhoneView of(String number, List<SmsMessage> messages, List<Call> calls) {
            Instant last = Stream.concat(messages.stream().map(SmsMessage::updatedAt), calls.stream().map(Call::updatedAt))
                    .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
            return new PhoneView(number, last, messages.stream().map(MessageView::of).toList(),
                    calls.stream().map(CallView::of).toList());
        }
    }
}
