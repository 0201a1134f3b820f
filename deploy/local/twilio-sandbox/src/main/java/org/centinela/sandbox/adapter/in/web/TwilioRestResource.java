package org.centinela.sandbox.adapter.in.web;

import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.centinela.sandbox.application.PlaceCall;
import org.centinela.sandbox.application.SendSms;
import org.centinela.sandbox.application.Switchboard;
import org.centinela.sandbox.application.TwilioApiException;
import org.centinela.sandbox.application.TwilioForm;
import org.centinela.sandbox.domain.Call;
import org.centinela.sandbox.domain.Channel;
import org.centinela.sandbox.domain.FaultMode;
import org.centinela.sandbox.domain.FaultPlan;
import org.centinela.sandbox.domain.SmsMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The part of Twilio's REST API (2010-04-01) that the official SDK calls for Centinela: create, fetch
 * and list messages and calls, with HTTP basic auth by Account SID and Auth Token.
 */
@Path("/2010-04-01/Accounts/{AccountSid}")
@Produces(MediaType.APPLICATION_JSON)
public class TwilioRestResource {

    private static final int DEFAULT_PAGE_SIZE = 50;
    private static final int MAX_PAGE_SIZE = 1000;

    private final Switchboard switchboard;
    private final FaultPlan faults;
    private final SendSms sendSms;
    private final PlaceCall placeCall;
    private final String accountSid;
    private final String expectedAuthorization;
    private final Duration timeoutHold;

    public TwilioRestResource(Switchboard switchboard, FaultPlan faults, SendSms sendSms, PlaceCall placeCall,
            @ConfigProperty(name = "twilio.account-sid") String accountSid,
            @ConfigProperty(name = "twilio.auth-token") String authToken,
            @ConfigProperty(name = "sandbox.timeout-hold") Duration timeoutHold) {
        this.switchboard = switchboard;
        this.faults = faults;
        this.sendSms = sendSms;
        this.placeCall = placeCall;
        this.accountSid = accountSid;
        this.expectedAuthorization = "Basic " + Base64.getEncoder()
                .encodeToString((accountSid + ":" + authToken).getBytes(StandardCharsets.UTF_8));
        this.timeoutHold = timeoutHold;
    }

    @POST
    @Path("/Messages.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Blocking
    public Uni<Response> createMessage(@PathParam("AccountSid") String account,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MultivaluedMap<String, String> form) {
        return create(Channel.SMS, account, authorization, form.getFirst("To"),
                fault -> TwilioJson.message(sendSms.send(account, new TwilioForm(form), fault.isPresent())));
    }

    @GET
    @Path("/Messages/{Sid}.json")
    public Map<String, Object> fetchMessage(@PathParam("AccountSid") String account, @PathParam("Sid") String sid,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authenticate(account, authorization);
        return switchboard.message(sid).map(TwilioJson::message).orElseThrow(() -> notFound("Message", sid));
    }

    @GET
    @Path("/Messages.json")
    public Map<String, Object> listMessages(@PathParam("AccountSid") String account,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("To") String to,
            @QueryParam("From") String from, @QueryParam("Page") @DefaultValue("0") int page,
            @QueryParam("PageSize") @DefaultValue("" + DEFAULT_PAGE_SIZE) int pageSize) {
        authenticate(account, authorization);
        return page("messages", "/Messages.json", filters(to, from), switchboard.messages(),
                m -> matches(to, m.to()) && matches(from, m.from()), SmsMessage::createdAt, TwilioJson::message, page,
                pageSize);
    }

    @POST
    @Path("/Calls.json")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Blocking
    public Uni<Response> createCall(@PathParam("AccountSid") String account,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, MultivaluedMap<String, String> form) {
        return create(Channel.VOICE, account, authorization, form.getFirst("To"),
                fault -> TwilioJson.call(placeCall.place(account, new TwilioForm(form), fault)));
    }

    @GET
    @Path("/Calls/{Sid}.json")
    public Map<String, Object> fetchCall(@PathParam("AccountSid") String account, @PathParam("Sid") String sid,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        authenticate(account, authorization);
        return switchboard.call(sid).map(TwilioJson::call).orElseThrow(() -> notFound("Call", sid));
    }

    @GET
    @Path("/Calls.json")
    public Map<String, Object> listCalls(@PathParam("AccountSid") String account,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("To") String to,
            @QueryParam("From") String from, @QueryParam("Page") @DefaultValue("0") int page,
            @QueryParam("PageSize") @DefaultValue("" + DEFAULT_PAGE_SIZE) int pageSize) {
        authenticate(account, authorization);
        return page("calls", "/Calls.json", filters(to, from), switchboard.calls(), c -> matches(to, c.to()) && matches(from, c.from()),
                Call::createdAt, TwilioJson::call, page, pageSize);
    }

    private void authenticate(String account, String authorization) {
        if (!expectedAuthorization.equals(authorization)) {
            throw new TwilioApiException(401, 20003, "Authenticate");
        }
        if (!accountSid.equals(account)) {
            throw new TwilioApiException(404, 20404, "The requested resource /2010-04-01/Accounts/" + account
                    + " was not found");
        }
    }

    /**
     * A create request of {@code channel}: refused by a planned HTTP_500 or TIMEOUT fault, else accepted by
     * {@code accept} (which is told the fault that will befall the resource, if any) and answered 201.
     */
    private Uni<Response> create(Channel channel, String account, String authorization, String to,
            Function<Optional<FaultMode>, Map<String, Object>> accept) {
        authenticate(account, authorization);
        Optional<FaultMode> fault = faults.take(channel, to);
        if (fault.equals(Optional.of(FaultMode.HTTP_500))) {
            return Uni.createFrom().item(error(500, 20500, "Internal Server Error"));
        }
        if (fault.equals(Optional.of(FaultMode.TIMEOUT))) {
            return Uni.createFrom().item(error(504, 20504, "Gateway Timeout")).onItem().delayIt().by(timeoutHold);
        }
        return Uni.createFrom().item(Response.status(201).type(MediaType.APPLICATION_JSON)
                .entity(accept.apply(fault)).build());
    }

    private static Response error(int status, int code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON)
                .entity(TwilioJson.error(code, message, status)).build();
    }

    private static TwilioApiException notFound(String kind, String sid) {
        return new TwilioApiException(404, 20404, "The requested resource " + kind + " " + sid + " was not found");
    }

    private static boolean matches(String filter, String value) {
        return filter == null || filter.isBlank() || filter.equals(value);
    }

    private static String filters(String to, String from) {
        StringBuilder filters = new StringBuilder();
        if (to != null && !to.isBlank()) {
            filters.append("To=").append(URLEncoder.encode(to, StandardCharsets.UTF_8)).append('&');
        }
        if (from != null && !from.isBlank()) {
            filters.append("From=").append(URLEncoder.encode(from, StandardCharsets.UTF_8)).append('&');
        }
        return filters.toString();
    }

    private <T> Map<String, Object> page(String key, String path, String filters, List<T> all, Predicate<T> filter,
            Function<T, java.time.Instant> createdAt, Function<T, Map<String, Object>> json, int page, int pageSize) {
        if (page < 0 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new TwilioApiException(400, 20001, "Page must be 0 or more and PageSize 1 to " + MAX_PAGE_SIZE);
        }
        List<Map<String, Object>> newestFirst = all.stream().filter(filter)
                .sorted(Comparator.comparing(createdAt).reversed())
                .map(json)
                .toList();
        return TwilioJson.page(key, TwilioJson.accountUri(accountSid) + path, filters, newestFirst, page, pageSize);
    }
}
