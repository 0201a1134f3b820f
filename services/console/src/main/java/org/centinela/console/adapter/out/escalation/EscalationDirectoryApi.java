package org.centinela.console.adapter.out.escalation;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.network.Defender;
import org.centinela.console.domain.network.Device;
import org.centinela.console.domain.network.DirectoryPage;
import org.centinela.console.domain.network.EnrolledDevice;
import org.centinela.console.domain.network.Responder;
import org.centinela.console.domain.network.ResponderGroup;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * escalation's directory of the network (contract §3: defenders, responders, groups; a defender's devices and her
 * "phone seized" mode), as the network pages read and write it whole, called with the signed-in person's access
 * token like {@link EscalationApi}.
 */
@RegisterRestClient(configKey = "escalation")
@RegisterClientHeaders(PropagatedToken.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface EscalationDirectoryApi {

    @GET
    @Path("/responders")
    DirectoryPage<Responder> responders(@QueryParam("search") String search, @QueryParam("offset") int offset,
            @QueryParam("limit") int limit);

    @GET
    @Path("/responders/{id}")
    Responder responder(@PathParam("id") String id);

    @POST
    @Path("/responders")
    Map<String, Object> addResponder(Map<String, Object> body);

    @PUT
    @Path("/responders/{id}")
    Map<String, Object> changeResponder(@PathParam("id") String id, Map<String, Object> body);

    @DELETE
    @Path("/responders/{id}")
    void removeResponder(@PathParam("id") String id);

    @GET
    @Path("/defenders")
    DirectoryPage<Defender> defenders(@QueryParam("search") String search, @QueryParam("offset") int offset,
            @QueryParam("limit") int limit);

    @GET
    @Path("/defenders/{id}")
    Defender defender(@PathParam("id") String id);

    @POST
    @Path("/defenders")
    Map<String, Object> addDefender(Map<String, Object> body);

    @PUT
    @Path("/defenders/{id}")
    Map<String, Object> changeDefender(@PathParam("id") String id, Map<String, Object> body);

    @GET
    @Path("/defenders/{id}/devices")
    List<Device> devices(@PathParam("id") String id);

    @POST
    @Path("/defenders/{id}/devices")
    EnrolledDevice enrolDevice(@PathParam("id") String id, Map<String, Object> none);

    @DELETE
    @Path("/defenders/{id}/devices/{deviceId}")
    void revokeDevice(@PathParam("id") String id, @PathParam("deviceId") String deviceId);

    @DELETE
    @Path("/defenders/{id}/devices")
    void revokeDevices(@PathParam("id") String id);

    /** {@code {"seized": true}}, or {@code {"seized": false, "verification": …}} to clear it. */
    @PUT
    @Path("/defenders/{id}/phone-seized")
    Map<String, Object> phoneSeized(@PathParam("id") String id, Map<String, Object> body);

    @DELETE
    @Path("/defenders/{id}")
    void removeDefender(@PathParam("id") String id);

    @GET
    @Path("/groups")
    DirectoryPage<ResponderGroup> groups(@QueryParam("search") String search, @QueryParam("offset") int offset,
            @QueryParam("limit") int limit);

    @GET
    @Path("/groups/{id}")
    ResponderGroup group(@PathParam("id") String id);

    @PUT
    @Path("/groups/{id}")
    Map<String, Object> saveGroup(@PathParam("id") String id, Map<String, Object> body);

    @DELETE
    @Path("/groups/{id}")
    void removeGroup(@PathParam("id") String id);
}
