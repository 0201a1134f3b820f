package org.centinela.console.adapter.out.risk;

import static org.centinela.console.adapter.out.ServiceAnswers.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.out.ServiceAnswers;
import org.centinela.console.application.RiskModels;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.risk.Explanation;
import org.centinela.console.domain.risk.ModelRefused;
import org.centinela.console.domain.risk.ModelVersion;
import org.centinela.console.domain.risk.RiskModel;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link RiskModels} through risk-scoring's model API: its 403 becomes {@link NotAllowed}, its 400 and 422 a
 * {@link ModelRefused} naming the fields it found wrong.
 */
@ApplicationScoped
public class RiskScoringModels implements RiskModels {

    private final RiskScoringApi api;
    private final ObjectMapper json;

    public RiskScoringModels(@RestClient RiskScoringApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @Override
    public ModelVersion current() {
        return call("risk model", api::model);
    }

    @Override
    public List<ModelVersion> versions(int limit) {
        return call("risk model versions", () -> api.versions(limit));
    }

    @Override
    public ModelVersion save(RiskModel model) {
        try {
            return call("risk model", () -> api.replace(model));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 422) {
                throw new ModelRefused(ServiceAnswers.fieldProblems(e.getResponse().readEntity(String.class), json));
            }
            throw e;
        }
    }

    @Override
    public Explanation explain(String type, String text) {
        return call("risk explanation", () -> api.explain(Map.of("type", type, "text", text)));
    }
}
