package org.centinela.escalation.adapter.in.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.escalation.application.AlertPage;
import org.centinela.escalation.application.AlertQuery;
import org.centinela.escalation.application.Caller;
import org.centinela.escalation.application.Caller.Part;
import org.centinela.escalation.application.ReadAlerts;
import org.centinela.escalation.application.ReadBrief;
import org.centinela.escalation.application.RespondToAlert;
import org.centinela.escalation.application.Triage;
import org.centinela.escalation.application.TriageAlert;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.Status;

/**
 * The alerts (contract §3): operators and auditors read them all, a responder those she was contacted
 * about; operators and those responders answer them (contract §4). An alert's brief is for operators and the
 * responders its policy discloses it to; only operators triage. Every reading and every answer is audited.
 */
@Path("/api/v1/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertsResource {

    static final String TOTAL_COUNT = "X-Total-Count";
    private static final String STATES = "OPEN|ESCALATING|ACKNOWLEDGED|RESOLVED|CANCELLED";

    /** The console names itself in this header, so that a reading of a brief is recorded as the console's. */
    static final String CLIENT = "X-Centinela-Client";

    private final ReadAlerts readAlerts;
    private final RespondToAlert respondToAlert;
    private final ReadBrief readBrief;
    private final TriageAlert triageAlert;
    private final SecurityIdentity identity;

    public AlertsResource(ReadAlerts readAlerts, RespondToAlert respondToAlert, ReadBrief readBrief,
            TriageAlert triageAlert, SecurityIdentity identity) {
        this.readAlerts = readAlerts;
        this.respondToAlert = respondToAlert;
        this.readBrief = readBrief;
        this.triageAlert = triageAlert;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR, Roles.RESPONDER})
    @Operation(summary = "Alerts, newest first, one page at a time",
            description = "A responder sees only the alerts she was contacted about. The body is the page's"
                    + " alerts; X-Total-Count counts them on all pages and a Link header with rel=\"next\""
                    + " points to the next page when there is one.")
    @APIResponse(responseCode = "200", description = "The page's alerts", headers = {
        @Header(name = TOTAL_COUNT, description = "How many alerts match, on all pages"),
        @Header(name = "Link", description = "<url of the next page>; rel=\"next\", when there is one")})
    public RestResponse<List<AlertView>> list(
            @QueryParam("state") @Pattern(regexp = STATES, flags = Pattern.Flag.CASE_INSENSITIVE,
                    message = "must be one of OPEN, ESCALATING, ACKNOWLEDGED, RESOLVED, CANCELLED") String state,
            @QueryParam("defenderId") @Size(max = 255) String defenderId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(1_000_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(AlertQuery.MAX_SIZE) int size,
            @Context UriInfo uri) {
        AlertState wanted = state == null || state.isBlank() ? null : AlertState.valueOf(state.toUpperCase(Locale.ROOT));
        AlertPage found = readAlerts.list(caller(), new AlertQuery(wanted, defenderId, null, page, size));
        RestResponse.ResponseBuilder<List<AlertView>> answer = RestResponse.ResponseBuilder
                .ok(found.alerts().stream().map(AlertView::of).toList())
                .header(TOTAL_COUNT, found.total());
        if (found.hasNext()) {
            answer.header("Link", "<" + uri.getRequestUriBuilder().replaceQueryParam("page", page + 1).build()
                    + ">; rel=\"next\"");
        }
        return answer.build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR, Roles.RESPONDER})
    @Operation(summary = "One alert with its acknowledgements and timeline",
            description = "A responder may read only an alert she was contacted about (403 otherwise). names"
                    + " gives the directory's name of each responder the alert contacted or who acknowledged it,"
                    + " by responder id; never the defender's.")
    public AlertView read(@PathParam("id") UUID id) {
        return AlertView.of(readAlerts.read(caller(), id));
    }

    @POST
    @Path("/{id}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OPERATOR, Roles.RESPONDER})
    @Operation(summary = "Answer an alert: ACK, DECLINE or RESOLVE",
            description = "For operators and the responders the alert contacted. The answer travels on"
                    + " alerts.responses like an SMS reply and changes the alert once the engine applies it;"
                    + " 202 with the response's id. An operator's RESOLVE may say how she verified the defender"
                    + " (verification, at most 500 characters); after a duress signal it must (422 naming"
                    + " verification, code required).")
    @APIResponse(responseCode = "202", description = "The answer is on its way to the engine")
    public RestResponse<ResponseAccepted> respond(@PathParam("id") UUID id, @NotNull ResponseRequest body) {
        UUID responseId = respondToAlert.respond(caller(), id, body.kind(), body.verification());
        return RestResponse.status(Status.ACCEPTED, new ResponseAccepted(responseId));
    }

    @GET
    @Path("/{id}/brief")
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR, Roles.RESPONDER})
    @Operation(summary = "The alert's brief: who she is, her words and places, the reasons, who is on it",
            description = "Operators always, with her directory name and to whom the brief was disclosed; a"
                    + " responder only when the alert's policy discloses it to her (403 otherwise); auditors never"
                    + " (403). Every reading is on the alert's timeline (BRIEF_READ, channel CONSOLE when the request"
                    + " has " + CLIENT + ": console, else API) and in the audit log.")
    @APIResponse(responseCode = "200", description = "The brief as it is now")
    public BriefView brief(@PathParam("id") UUID id,
            @Parameter(description = "console when the console asks") @HeaderParam(CLIENT) String client) {
        String channel = "console".equalsIgnoreCase(client) ? "CONSOLE" : "API";
        return BriefView.of(readBrief.read(caller(), id, channel));
    }

    @POST
    @Path("/{id}/triage")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Decide on an alert held for triage: ATTACH, OPEN or DISMISS",
            description = "{\"action\": \"ATTACH\", \"defenderId\"} gives it to a defender of the directory, who"
                    + " then has it under her policy; {\"action\": \"OPEN\", \"policyId\", \"name\"} opens it for"
                    + " someone not in the directory under that policy, with the name typed; {\"action\":"
                    + " \"DISMISS\", \"reason\"} resolves it, nobody contacted. 422 names every bad field with its"
                    + " code; 409 not-held when it is not held for triage, open-alert-exists when the defender has"
                    + " another alert not over. Audited. Answers the alert.")
    @APIResponse(responseCode = "200", description = "The alert after the decision")
    public AlertView triage(@PathParam("id") UUID id, @NotNull Triage body) {
        return AlertView.of(triageAlert.triage(identity.getPrincipal().getName(), id, body));
    }

    private Caller caller() {
        Set<Part> parts = EnumSet.noneOf(Part.class);
        if (identity.hasRole(Roles.OPERATOR)) {
            parts.add(Part.OPERATOR);
        }
        if (identity.hasRole(Roles.AUDITOR)) {
            parts.add(Part.AUDITOR);
        }
        if (identity.hasRole(Roles.RESPONDER)) {
            parts.add(Part.RESPONDER);
        }
        return new Caller(identity.getPrincipal().getName(), parts);
    }

    /**
     * An answer to an alert: ACK, DECLINE or RESOLVE (a CANCEL comes only from the defender's phone), and with an
     * operator's RESOLVE how she verified the defender (free text; ignored with any other answer).
     */
    public record ResponseRequest(ResponseKind kind, String verification) {
        public ResponseRequest {
            if (kind == null) {
                throw new IllegalArgumentException("kind must be ACK, DECLINE or RESOLVE");
            }
        }
    }

    /** The id the answer travels under on {@code alerts.responses}. */
    public record ResponseAccepted(UUID responseId) {
    }
}
