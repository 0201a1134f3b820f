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
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.escalation.application.ClearPhoneSeized;
import org.centinela.escalation.application.IssueDeviceToken;
import org.centinela.escalation.application.MarkPhoneSeized;
import org.centinela.escalation.application.NotInDirectory;
import org.centinela.escalation.application.ReadDirectory;
import org.centinela.escalation.application.RemovePerson;
import org.centinela.escalation.application.RevokeDevices;
import org.centinela.escalation.application.SaveDefender;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.DefenderDraft;
import org.centinela.escalation.domain.directory.Device;
import org.centinela.escalation.domain.directory.InvalidEntryException;
import org.centinela.escalation.domain.policy.Violation;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The defenders the network protects (contract §3), for operators only: their devices of the panic app, and the
 * "phone seized" mode. Nothing here ever shows a PIN, a code word or a device token, nor their hashes; a device token
 * is shown once, when it is issued.
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
    private final RevokeDevices revokeDevices;
    private final MarkPhoneSeized markPhoneSeized;
    private final ClearPhoneSeized clearPhoneSeized;
    private final ReadDirectory read;
    private final SecurityIdentity identity;

    public DefenderResource(SaveDefender save, RemovePerson remove, IssueDeviceToken issueDeviceToken,
            RevokeDevices revokeDevices, MarkPhoneSeized markPhoneSeized, ClearPhoneSeized clearPhoneSeized,
            ReadDirectory read, SecurityIdentity identity) {
        this.save = save;
        this.remove = remove;
        this.issueDeviceToken = issueDeviceToken;
        this.revokeDevices = revokeDevices;
        this.markPhoneSeized = markPhoneSeized;
        this.clearPhoneSeized = clearPhoneSeized;
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
    @Operation(summary = "Edit a defender; pin, duressPin, codeWord and seizedCodeWord may be left out to keep them,"
            + " codeWord or seizedCodeWord \"\" removes hers")
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
    @Operation(summary = "Enrol a device of her panic app: the token is shown this once and kept only hashed; her other"
            + " devices are kept (list and revoke them); 409 while her phone is marked seized")
    public Response issueDevice(@PathParam("id") String id) {
        IssueDeviceToken.IssuedDevice issued = issueDeviceToken.issue(actor(), id);
        return Response.status(Response.Status.CREATED).entity(new DeviceToken(issued.deviceId(), issued.token()))
                .build();
    }

    @GET
    @Path("{id}/devices")
    @Operation(summary = "The devices of her panic app, oldest first, with when each last sent a signal (null: never)")
    public List<DeviceView> devices(@PathParam("id") String id) {
        return read.devices(actor(), id).stream().map(DeviceView::of).toList();
    }

    @DELETE
    @Path("{id}/devices/{deviceId}")
    @Operation(summary = "Revoke one device of her panic app: intake refuses its token once it reads her snapshot")
    public Response revokeDevice(@PathParam("id") String id, @PathParam("deviceId") String deviceId) {
        revokeDevices.revoke(actor(), id, deviceIdOf(id, deviceId));
        return Response.noContent().build();
    }

    @DELETE
    @Path("{id}/devices")
    @Operation(summary = "Revoke every device of her panic app")
    public Response revokeDevices(@PathParam("id") String id) {
        revokeDevices.revokeAll(actor(), id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/phone-seized")
    @Operation(summary = "Mark her phone seized (her devices revoked, nothing from it cancels, her network told once)"
            + " or clear the mark, saying how she was verified (verification, required)")
    public PhoneSeizedView phoneSeized(@PathParam("id") String id, @NotNull PhoneSeizedRequest request) {
        if (request.seized() == null) {
            throw new InvalidEntryException(List.of(Violation.of("seized", "is required", "required")));
        }
        if (request.seized()) {
            return new PhoneSeizedView(true, markPhoneSeized.byOperator(actor(), id));
        }
        clearPhoneSeized.clear(actor(), id, request.verification());
        return new PhoneSeizedView(false, null);
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

    /** A device id of the path; one that is no UUID names no device of hers. */
    private static UUID deviceIdOf(String defenderId, String deviceId) {
        try {
            return UUID.fromString(deviceId);
        } catch (IllegalArgumentException notAnId) {
            throw new NotInDirectory("defender " + defenderId + " has no device " + deviceId);
        }
    }

    /** A device just enrolled: its id, and its token, shown once. */
    public record DeviceToken(UUID deviceId, String deviceToken) {
    }

    /** A device of her panic app: when it was enrolled and last sent a signal (null when it never did). */
    public record DeviceView(UUID id, Instant enrolledAt, Instant lastUsedAt) {

        static DeviceView of(Device device) {
            return new DeviceView(device.id(), device.enrolledAt(), device.lastUsedAt());
        }
    }

    /** Mark her phone seized ({@code seized: true}), or clear it saying how she was verified. */
    public record PhoneSeizedRequest(Boolean seized, String verification) {

        @Override
        public String toString() {
            return "PhoneSeizedRequest[seized=" + seized + "]";
        }
    }

    /** Whether her phone is marked seized, and since when (null when it is not). */
    public record PhoneSeizedView(boolean seized, Instant since) {
    }

    /**
     * A defender as the API shows her: whether she has a code word, a code word for a seized phone, how many
     * devices, and whether her phone is marked seized and since when (null when it is not), never a secret;
     * {@code alias} and {@code organisation} are left out when she has none.
     */
    public record DefenderView(String id, String name, @JsonInclude(JsonInclude.Include.NON_NULL) String alias,
            @JsonInclude(JsonInclude.Include.NON_NULL) String organisation, String phone, String language,
            String country, String policyId, int baselineRisk, boolean smsReplies, boolean hasCodeWord, int devices,
            boolean hasSeizedCodeWord, boolean phoneSeized, Instant phoneSeizedSince) {

        static DefenderView of(Defender defender, int devices) {
            Defender.Profile profile = defender.profile();
            return new DefenderView(defender.id(), profile.name(), profile.alias(), profile.organisation(),
                    profile.phone(), profile.language(), profile.country(), profile.policyId(), profile.baselineRisk(),
                    profile.smsReplies(), defender.secrets().codeWordHash() != null, devices,
                    defender.secrets().seizedCodeWordHash() != null, defender.phoneSeized(),
                    defender.phoneSeizedSince());
        }
    }
}
