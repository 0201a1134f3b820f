package org.centinela.console.adapter.in.web;

import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.centinela.console.application.DefenderDevices;
import org.centinela.console.domain.NotFound;
import org.centinela.console.domain.network.EnrolledDevice;
import org.centinela.console.domain.network.EntryErrors;
import org.centinela.console.domain.network.EntryRefused;

/**
 * The devices of a defender's panic app, on her page, for operators: enrolling one (its token shown this once),
 * revoking one or all of them after a question. escalation's refusal, or a device it no longer has, is said beside
 * her devices.
 */
@Path("/network/defenders/{id}/devices")
@RolesAllowed("operator")
@Blocking
@Produces(MediaType.TEXT_HTML)
public class DevicePages {

    /** Where her page opens after a device action is refused: her devices, with why. */
    static final String BESIDE_THEM = "#devices-title";

    private final DefenderDevices devices;
    private final DefenderPage defenderPage;
    private final DefenderQuestion question;
    private final SignedIn me;

    public DevicePages(DefenderDevices devices, DefenderPage defenderPage, DefenderQuestion question, SignedIn me) {
        this.devices = devices;
        this.defenderPage = defenderPage;
        this.question = question;
        this.me = me;
    }

    /** Her new device's id and token, on her page, this once: the page is not kept by the browser. */
    @POST
    public Response enrol(@PathParam("id") String id) {
        try {
            EnrolledDevice enrolled = devices.enrol(id);
            return Response.ok(defenderPage.of(id).data("enrolled", enrolled).render())
                    .header("Cache-Control", "no-store").build();
        } catch (EntryRefused refused) {
            return refused(id, refused);
        }
    }

    @GET
    @Path("{deviceId}/revoke")
    public TemplateInstance askToRevoke(@PathParam("id") String id, @PathParam("deviceId") String deviceId) {
        return question.ask(id, "revokeDevice", deviceId, "/network/defenders/" + id + "/devices/" + deviceId
                + "/revoke" + BESIDE_THEM);
    }

    @POST
    @Path("{deviceId}/revoke")
    public Response revoke(@PathParam("id") String id, @PathParam("deviceId") String deviceId) {
        try {
            devices.revoke(id, deviceId);
            return DefenderPage.saying(id, "revoked");
        } catch (NotFound gone) {
            return NetworkPages.form(404, defenderPage.of(id).data("deviceErrors",
                    EntryErrors.NONE.withGeneral(me.t().get("netDeviceGone"))));
        } catch (EntryRefused refused) {
            return refused(id, refused);
        }
    }

    @GET
    @Path("revoke-all")
    public TemplateInstance askToRevokeAll(@PathParam("id") String id) {
        return question.ask(id, "revokeDevices", "", "/network/defenders/" + id + "/devices/revoke-all" + BESIDE_THEM);
    }

    @POST
    @Path("revoke-all")
    public Response revokeAll(@PathParam("id") String id) {
        try {
            devices.revokeAll(id);
            return DefenderPage.saying(id, "revokedAll");
        } catch (EntryRefused refused) {
            return refused(id, refused);
        }
    }

    private Response refused(String id, EntryRefused refused) {
        return NetworkPages.form(refused.conflict() ? 409 : 422, defenderPage.of(id).data("deviceErrors",
                Refusals.ofAction(refused, me.t().get("netDevicesRefused"))));
    }
}
