package org.centinela.escalation.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import org.centinela.escalation.application.IssueDeviceToken;
import org.centinela.escalation.application.ReadDirectory;
import org.centinela.escalation.application.RemovePerson;
import org.centinela.escalation.application.SaveDefender;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.DefenderDraft;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The defenders the network protects (contract §3), for operators only. Nothing here ever shows a PIN, a
 * code word or a device token, nor their hashes; a device token is shown once, when it is issued.
 */
@Path(DefenderResource.PATH)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.OPERATOR)
public class DefenderResource {

    static final String PATH = "/api/v1/defenders";

    private final SaveDefender save;
    private final RemovePerson remove;
    private final IssueDeviceToken issueDeviceToken;
    private final ReadDirectory read;
    private final SecurityIdentity identity;

    public DefenderResource(SaveDefender save, RemovePerson remove, IssueDeviceToken issueDeviceToken,
            ReadDirectory read, SecurityIdentity identity) {
        this.save = save;
        this.remove = remove;
        this.issueDeviceToken = issueDeviceToken;
        this.read = read;
        this.identity = identity;
    }

    @POST
    @Operation(summary = "Add a defender; 422 names every bad field (an unknown policyId too), 409 if her phone is taken",
            description = "alias (at most 100 characters: the name her network knows her by, which her alerts' brief"
                    + " says instead of her name) and organisation (at most 200) may be left out.")
    public Response create(@NotNull DefenderDraft draft) {
        String id = save.create(actor(), draft);
        return Created.at(PATH, id);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Edit a defender; pin and duressPin may be left out to keep them, codeWord \"\" removes hers")
    public Created update(@PathParam("id") String id, @NotNull DefenderDraft draft) {
        save.update(actor(), id, draft);
        return new Created(id);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a defender and her devices (a tombstone on directory.people)")
    public Response delete(@PathParam("id") String id) {
        remove.removeDefender(actor(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/devices")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Enrol a device of her panic app: the token is shown this once and kept only hashed")
    public Response issueDevice(@PathParam("id") String id) {
        return Response.status(Response.Status.CREATED).entity(new DeviceToken(issueDeviceToken.issue(actor(), id)))
                .build();
    }

    @GET
    @Operation(summary = "Defenders by name, a page at a time; search matches part of the name, any case")
    public Page<DefenderView> list(@QueryParam("search") String search,
            @QueryParam("offset") @DefaultValue("0") @Min(0) int offset,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(ReadDirectory.MAX_PAGE) int limit) {
        List<DefenderView> items = read.defenders(actor(), search, offset, limit).stream()
                .map(defender -> DefenderView.of(defender, read.devicesOf(defender.id()))).toList();
        return Page.of(items, offset, limit);
    }

    @GET
    @Path("{id}")
    public DefenderView get(@PathParam("id") String id) {
        return DefenderView.of(read.defender(actor(), id), read.devicesOf(id));
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    /** A device token, shown once. */
    public record DeviceToken(String deviceToken) {
    }

    /**
     * A defender as the API shows her: whether she has a code word and how many devices, never a secret;
     * {@code alias} and {@code organisation} are left out when she has none.
     */
    public record DefenderView(String id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String alias,
            @JsonInclude(JsonInclude.Include.NON_NULL) String organisation, String phone, String language,
            String country, String policyId, int baselineRisk, boolean smsReplies, boolean hasCodeWord, int devices) {

        static DefenderView of(Defender defender, int devices) {
            Defender.Profile profile = defender.profile();
            return new DefenderView(defender.id(), profile.name(), profile.alias(), profile.organisation(),
                    profile.phone(), profile.language(), profile.country(), profile.policyId(), profile.baselineRisk(),
                    profile.smsReplies(), defender.secrets().codeWordHash() != null, devices);
        }
    }
}
