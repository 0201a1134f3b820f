package org.centinela.escalation.adapter.in.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centinela.escalation.application.PolicyStore;
import org.centinela.escalation.application.ReadPolicies;
import org.centinela.escalation.application.RemovePolicy;
import org.centinela.escalation.application.SavePolicy;
import org.centinela.escalation.domain.policy.PolicyDraft;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Escalation policies (contract §3): operators write them, operators and auditors read them. Every change
 * is a new version; an alert keeps the version it started with.
 */
@Path("/api/v1/policies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PolicyResource {

    private final SavePolicy save;
    private final RemovePolicy remove;
    private final ReadPolicies read;
    private final SecurityIdentity identity;

    public PolicyResource(SavePolicy save, RemovePolicy remove, ReadPolicies read, SecurityIdentity identity) {
        this.save = save;
        this.remove = remove;
        this.read = read;
        this.identity = identity;
    }

    @PUT
    @Path("{policyId}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Create (201) or change (200) a policy; 422 lists every violation with its field path",
            description = "Saves a new version unless the body says exactly what the current version says.")
    public Response save(@PathParam("policyId") String policyId, @NotNull PolicyDraft draft) {
        SavePolicy.Saved saved = save.save(identity.getPrincipal().getName(), policyId, draft);
        PolicyView view = PolicyView.of(read.current(policyId));
        return Response.status(saved.created() ? Response.Status.CREATED : Response.Status.OK).entity(view).build();
    }

    @DELETE
    @Path("{policyId}")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Remove a policy; 409 while a defender uses it (its versions stay for running alerts)")
    public Response delete(@PathParam("policyId") String policyId) {
        remove.remove(identity.getPrincipal().getName(), policyId);
        return Response.noContent().build();
    }

    @GET
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(summary = "Every policy, its current version")
    public List<PolicyView> list() {
        return read.current().stream().map(PolicyView::of).toList();
    }

    @GET
    @Path("{policyId}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(summary = "The current version of a policy")
    public PolicyView get(@PathParam("policyId") String policyId) {
        return PolicyView.of(read.current(policyId));
    }

    @GET
    @Path("{policyId}/versions/{version}")
    @RolesAllowed({Roles.OPERATOR, Roles.AUDITOR})
    @Operation(summary = "One version of a policy, also of a policy changed or removed since")
    public PolicyView version(@PathParam("policyId") String policyId, @PathParam("version") @Min(1) long version) {
        return PolicyView.of(read.version(policyId, version));
    }

    /** A policy version as the API shows it: the shape of the PUT body, with its id, version, author and time. */
    public record PolicyView(String id, long version, String name, List<PolicyDraft.Level> levels,
            Map<String, Integer> startLevelByGrade, String resolveBy, String changedBy, Instant changedAt) {

        static PolicyView of(PolicyStore.SavedVersion saved) {
            PolicyDraft draft = PolicyDraft.of(saved.policy());
            return new PolicyView(saved.policy().id(), saved.policy().version(), draft.name(), draft.levels(),
                    draft.startLevelByGrade(), draft.resolveBy(), saved.changedBy(), saved.changedAt());
        }
    }
}
