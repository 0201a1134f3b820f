package org.centinela.console.adapter.out.risk;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.out.escalation.PropagatedToken;
import org.centinela.console.domain.risk.Explanation;
import org.centinela.console.domain.risk.ModelVersion;
import org.centinela.console.domain.risk.RiskModel;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** risk-scoring's HTTP API (contract §3), called with the signed-in person's access token. */
@RegisterRestClient(configKey = "risk-scoring")
@RegisterClientHeaders(PropagatedToken.class)
@Path("/api/v1/risk")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RiskScoringApi {

    @GET
    @Path("/model")
    ModelVersion model();

    /** The saved model as its next version; 422 (problem+json) naming the field a rule is about. */
    @PUT
    @Path("/model")
    ModelVersion replace(RiskModel model);

    @GET
    @Path("/model/versions")
    List<ModelVersion> versions(@QueryParam("limit") int limit);

    /** {@code {"type", "text"}}: a hypothetical signal, scored and explained, published nowhere. */
    @POST
    @Path("/explain")
    Explanation explain(Map<String, String> signal);
}
