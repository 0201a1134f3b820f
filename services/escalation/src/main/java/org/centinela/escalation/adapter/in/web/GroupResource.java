package org.centinela.escalation.adapter.in.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.centinela.escalation.application.ReadDirectory;
import org.centinela.escalation.application.RemoveGroup;
import org.centinela.escalation.application.SaveGroup;
import org.centinela.escalation.domain.directory.GroupDraft;
import org.centinela.escalation.domain.directory.ResponderGroup;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Groups of responders that policies name as {@code group:<id>} (contract §3), for operators only. */
@Path("/api/v1/groups")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class GroupResource {

    private final SaveGroup save;
    private final RemoveGroup remove;
    private final ReadDirectory read;
    private final SecurityIdentity identity;

    public GroupResource(SaveGroup save, RemoveGroup remove, ReadDirectory read, SecurityIdentity identity) {
        this.save = save;
        this.remove = remove;
        this.read = read;
        this.identity = identity;
    }

    @PUT
    @Path("{groupId}")
    @Operation(summary = "Create (201) or replace (200) a group; every member must be a responder (422 otherwise)")
    public Response save(@PathParam("groupId") String groupId, @NotNull GroupDraft draft) {
        boolean created = save.save(actor(), groupId, draft);
        return Response.status(created ? Response.Status.CREATED : Response.Status.OK).entity(new Created(groupId))
                .build();
    }

    @DELETE
    @Path("{groupId}")
    @Operation(summary = "Remove a group; 409 while a policy names it")
    public Response delete(@PathParam("groupId") String groupId) {
        remove.remove(actor(), groupId);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Groups by name, a page at a time; search matches part of the name, any case")
    public Page<ResponderGroup> list(@QueryParam("search") String search,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ReadDirectory.MAX_PAGE) int limit) {
        List<ResponderGroup> items = read.groups(search, offset, limit);
        return Page.of(items, offset, limit);
    }

    @GET
    @Path("{groupId}")
    public ResponderGroup get(@PathParam("groupId") String groupId) {
        return read.group(groupId);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
