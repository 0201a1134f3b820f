package org.centinela.escalation.adapter.in.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.centinela.escalation.application.DataKeys;
import org.centinela.escalation.application.RotateMasterKey;
import org.centinela.personaldata.PersonalDataException;
import org.centinela.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The master keys that wrap each person's data key: an operator finishes a rotation by having every data key wrapped
 * under the current master key, after which the old one can be removed from {@code CENTINELA_MASTER_KEYS}.
 */
@Path("/api/v1/keys")
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    private final RotateMasterKey rotateMasterKey;
    private final SecurityIdentity identity;

    public KeysResource(RotateMasterKey rotateMasterKey, SecurityIdentity identity) {
        this.rotateMasterKey = rotateMasterKey;
        this.identity = identity;
    }

    @POST
    @Path("/rotation")
    @RolesAllowed(Roles.OPERATOR)
    @Operation(summary = "Wrap every person's data key under the current master key",
            description = "The current master key is the first of CENTINELA_MASTER_KEYS. Answers its id and how many"
                    + " data keys were under another one; afterwards, the other keys can be removed. Sealed fields do"
                    + " not change. 409 when a data key is wrapped under a master key that is no longer configured"
                    + " (put it back, then rotate).")
    public Rotation rotate() {
        DataKeys.Rewrapping rewrapping = rotateMasterKey.rotate(identity.getPrincipal().getName());
        return new Rotation(rewrapping.masterKeyId(), rewrapping.rewrapped());
    }

    @ServerExceptionMapper
    public Response cannotRewrap(PersonalDataException exception) {
        return Problem.of(Status.CONFLICT, exception.getMessage()).toResponse();
    }

    /**
     * @param masterKeyId the current master key, under which every data key now is
     * @param rewrapped   how many data keys were wrapped under another one
     */
    public record Rotation(String masterKeyId, int rewrapped) {
    }
}
