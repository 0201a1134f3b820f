package org.centinela.risk.adapter.in.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalType;
import org.centinela.risk.application.ExplainSignal;
import org.centinela.risk.domain.Assessment;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Scores a hypothetical signal and says why, publishing nothing: how operators try the model. */
@Path("/api/v1/risk/explain")
@RolesAllowed("operator")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ExplainResource {

    private final ExplainSignal explainSignal;

    public ExplainResource(ExplainSignal explainSignal) {
        this.explainSignal = explainSignal;
    }

    @POST
    @Operation(summary = "Score a hypothetical signal with the current model and list its factors")
    public Explanation explain(@Valid @NotNull Hypothesis signal) {
        Location location = signal.location() == null ? null
                : new Location(signal.location().lat(), signal.location().lon(), signal.location().accuracyM());
        Assessment assessment = explainSignal.explain(signal.type(), signal.text(), location, signal.defenderId());
        return new Explanation(assessment.score(), assessment.grade(), assessment.modelVersion(), assessment.factors(),
                assessment.triage());
    }

    /**
     * A signal to try: its type and text; {@code language} is informative (every lexicon is applied, as a
     * defender may write in any of them); with {@code defenderId} her baseline and history count.
     */
    public record Hypothesis(@NotNull SignalType type, @Size(max = SignalReceived.MAX_TEXT_LENGTH) String text,
            String language, String defenderId, @Valid Where location) {
    }

    /**
     * A point, as the app sends it. Its accuracy is a finite number of metres ({@code 1e400} reads as infinity): at
     * most half the Earth's circumference, which no uncertainty exceeds.
     */
    public record Where(@NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
            @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
            @PositiveOrZero @DecimalMax(HALF_THE_EARTHS_CIRCUMFERENCE_METRES) Double accuracyM) {

        static final String HALF_THE_EARTHS_CIRCUMFERENCE_METRES = "20038000";
    }

    /** The score, the grade and every factor with its contribution and explanation. */
    public record Explanation(int score, Grade grade, long modelVersion, List<RiskFactor> factors, boolean triage) {
    }
}
