package org.centinela.console.adapter.out.escalation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.AuditPage;
import org.centinela.console.domain.Policy;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** escalation's HTTP API (contract §3), called with the signed-in person's access token. */
@RegisterRestClient(configKey = "escalation")
@RegisterClientHeaders(PropagatedToken.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EscalationApi {

    @GET
    @Path("/alerts")
    List<Alert> alerts(@QueryParam("state") String state, @QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/alerts/{id}")
    Alert alert(@PathParam("id") UUID id);

    @POST
    @Path("/alerts/{id}/responses")
    Map<String, Object> respond(@PathParam("id") UUID id, Map<String, String> body);

    /**
     * The brief as escalation discloses it to her; 403 when it does not. {@code client} names the console
     * ({@link EscalationAlerts#CLIENT}), so that escalation records her reading as one made in the console.
     */
    @GET
    @Path("/alerts/{id}/brief")
    AlertBrief brief(@PathParam("id") UUID id, @HeaderParam(EscalationAlerts.CLIENT_HEADER) String client);

    /** 200 with the alert; 409 (not held, or she has an alert not over) and 422 (a field) as problem+json. */
    @POST
    @Path("/alerts/{id}/triage")
    Map<String, Object> triage(@PathParam("id") UUID id, Map<String, Object> body);

    @GET
    @Path("/audit-log")
    AuditPage auditLog(@QueryParam("before") Long before, @QueryParam("limit") int limit);

    @GET
    @Path("/policies")
    List<Policy> policies();

    @GET
    @Path("/policies/{policyId}")
    Policy policy(@PathParam("policyId") String policyId);

    /** 201 for a new policy, 200 for a new version; 422 (problem+json) with every wrong field. */
    @PUT
    @Path("/policies/{policyId}")
    Policy savePolicy(@PathParam("policyId") String policyId, Map<String, Object> body);
}
