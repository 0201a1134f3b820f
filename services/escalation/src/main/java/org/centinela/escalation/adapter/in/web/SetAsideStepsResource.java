package org.centinela.escalation.adapter.in.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.escalation.application.FailedStep;
import org.centinela.escalation.application.SetAsideSteps;
import org.centinela.escalation.application.UnknownSetAsideStep;
import org.centinela.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The steps set aside after failing too many times in a row: they no longer fire, and no longer hold up other alerts'
 * steps, until an operator retries them once what made them fail is fixed.
 */
@Path("/api/v1/steps/set-aside")
@Produces(MediaType.APPLICATION_JSON)
public class SetAsideStepsResource {

    private final SetAsideSteps setAsideSteps;
    private final SecurityIdentity identity;

    public SetAsideStepsResource(SetAsideSteps setAsideSteps, SecurityIdentity identity) {
        this.setAsideSteps = setAsideSteps;
        this.identity = identity;
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(summary = "Steps set aside after failing too many times in a row, earliest set aside first",
            description = "Each names its alert, what it does (kind, level, round), when it was due, how many"
                    + " times it failed in a row and the class of its last failure.")
    public SetAsideList list(
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(SetAsideSteps.MAX_PAGE) int limit) {
        return new SetAsideList(setAsideSteps.list(limit).stream().map(SetAsideStep::of).toList());
    }

    @POST
    @Path("/{id}/retry")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Put a step set aside back, to fire at the next look for due steps",
            description = "Its failures are forgotten; should it fail again as many times, it is set aside again."
                    + " 404 when no step set aside has that id (it was already retried, or fired).")
    public SetAsideStep retry(@PathParam("id") UUID id) {
        return SetAsideStep.of(setAsideSteps.retry(id, identity.getPrincipal().getName()));
    }

    @ServerExceptionMapper
    public Response unknown(UnknownSetAsideStep exception) {
        return Problem.of(Status.NOT_FOUND, exception.getMessage()).toResponse();
    }

    /** The steps set aside. */
    public record SetAsideList(List<SetAsideStep> steps) {
    }

    /** A step set aside, as the API shows it: ids, times and the class of its last failure, never personal data. */
    public record SetAsideStep(UUID id, UUID alertId, String kind, int level, int round, Instant dueAt, int attempts,
            String failure, Instant setAsideAt) {
        static SetAsideStep of(FailedStep step) {
            return new SetAsideStep(step.id(), step.alertId(), step.step().kind().name(), step.step().level(),
                    step.step().round(), step.step().dueAt(), step.attempts(), step.lastFailure(), step.setAsideAt());
        }
    }
}
