package org.centinela.risk.adapter.in.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centinela.problem.Problem;
import org.centinela.risk.application.StoredModel;
import org.centinela.risk.application.TuneModel;
import org.centinela.risk.domain.HotZone;
import org.centinela.risk.domain.InvalidRiskModelException;
import org.centinela.risk.domain.Lexicon;
import org.centinela.risk.domain.RiskModel;
import org.centinela.risk.domain.Thresholds;
import org.centinela.risk.domain.Weights;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The risk model, for operators: read it, replace it (a new version each time), see its versions. */
@Path("/api/v1/risk/model")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class RiskModelResource {

    private final TuneModel tuneModel;
    private final SecurityIdentity identity;
    public RiskModelResource(TuneModel tuneModel, SecurityIdentity identity) {
        this.tuneModel = tuneModel;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The model that scores new signals: weights, lexicons, hot zones, thresholds")
    public ModelVersion current() {
        return ModelVersion.of(tuneModel.current());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the model; it becomes the next version (422 says what is wrong)")
    public ModelVersion replace(@Valid @NotNull ModelBody body) {
        RiskModel proposed = new RiskModel(1, body.weights(), body.lexicons(), body.hotZones(), body.thresholds());
        return ModelVersion.of(tuneModel.replace(proposed, identity.getPrincipal().getName()));
    }

    @GET
    @Path("/versions")
    @Operation(summary = "Earlier versions, newest first, with who saved them and when")
    public List<ModelVersion> versions(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(200) int limit) {
        return tuneModel.history(limit).stream().map(ModelVersion::of).toList();
    }

    /**
     * A rule of the model as a whole (two entries of one lexicon matching the same words, a lexicon missing for
     * Spanish or English, two zones with one id) is found once the model is built here: 422 naming its field, as the
     * rules of each part are when the body is read.
     */
    @ServerExceptionMapper
    public Response invalidModel(InvalidRiskModelException refused) {
        return Problem.invalidFields(422, "The risk model breaks a rule: " + refused.getMessage(),
                List.of(new Problem.FieldError(refused.field(), refused.getMessage(), refused.code(), refused.args())))
                .toResponse();
    }

    /** A model as an operator writes it; its version is given by the server. */
    public record ModelBody(@NotNull Weights weights, @NotNull Map<String, Lexicon> lexicons,
            @NotNull List<HotZone> hotZones, @NotNull Thresholds thresholds) {
    }

    /** A saved version of the model. */
    public record ModelVersion(long version, String changedBy, Instant changedAt, ModelBody model) {
        static ModelVersion of(StoredModel stored) {
            RiskModel model = stored.model();
            return new ModelVersion(model.version(), stored.changedBy(), stored.changedAt(),
                    new ModelBody(model.weights(), model.lexicons(), model.hotZones(), model.thresholds()));
        }
    }
}
