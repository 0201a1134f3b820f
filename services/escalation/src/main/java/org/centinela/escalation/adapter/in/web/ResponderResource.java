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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.centinela.escalation.application.ReadDirectory;
import org.centinela.escalation.application.RemovePerson;
import org.centinela.escalation.application.SaveResponder;
import org.centinela.escalation.domain.directory.Responder;
import org.centinela.escalation.domain.directory.ResponderDraft;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The responders of the network (contract §3), for operators only: their contact details are personal data. */
@Path(ResponderResource.PATH)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class ResponderResource {

    static final String PATH = "/api/v1/responders";

    private final SaveResponder save;
    private final RemovePerson remove;
    private final ReadDirectory read;
    private final SecurityIdentity identity;

    public ResponderResource(SaveResponder save, RemovePerson remove, ReadDirectory read, SecurityIdentity identity) {
        this.save = save;
        this.remove = remove;
        this.read = read;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Add a responder; 422 names every bad field, 409 if her phone or user name is taken")
    public Response create(@NotNull ResponderDraft draft) {
        String id = save.create(actor(), draft);
        return Created.at(PATH, id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a responder (the whole record)")
    public Created update(@PathParam("id") String id, @NotNull ResponderDraft draft) {
        save.update(actor(), id, draft);
        return new Created(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a responder (a tombstone on directory.people); 409 while a policy or group names her")
    public Response delete(@PathParam("id") String id) {
        remove.removeResponder(actor(), id);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Responders by name, a page at a time; search matches part of the name, any case")
    public Page<ResponderView> list(@QueryParam("search") String search,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ReadDirectory.MAX_PAGE) int limit) {
        List<ResponderView> items = read.responders(actor(), search, offset, limit).stream().map(ResponderView::of).toList();
        return Page.of(items, offset, limit);
    }

    @GET
    @Path("{id}")
    public ResponderView get(@PathParam("id") String id) {
        return ResponderView.of(read.responder(actor(), id));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    /** A responder as the API shows her. */
    public record ResponderView(String id, String name, String phone, String email, String language,
            List<String> channels, String username) {

        static ResponderView of(Responder responder) {
            return new ResponderView(responder.id(), responder.name(), responder.phone(), responder.email(),
                    responder.language(), responder.channels().stream().sorted().map(Enum::name).toList(),
                    responder.username());
        }
    }
}
