package org.centinela.console.adapter.out.escalation;

import static org.centinela.console.adapter.out.ServiceAnswers.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.centinela.console.adapter.out.ServiceAnswers;
import org.centinela.console.application.PoliciesOfTheNetwork;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.NotFound;
import org.centinela.console.domain.Policy;
import org.centinela.console.domain.PolicyRefused;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link PoliciesOfTheNetwork} through escalation's policies API: its 403 and 404 become {@link NotAllowed} and
 * {@link NotFound}, its 400 and 422 a {@link PolicyRefused} naming the fields it found wrong.
 */
@ApplicationScoped
public class EscalationPolicies implements PoliciesOfTheNetwork {

    private final EscalationApi api;
    private final ObjectMapper json;

    public EscalationPolicies(@RestClient EscalationApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @Override
    public List<Policy> all() {
        return call("policies", api::policies);
    }

    @Override
    public Policy current(String id) {
        return call("policy " + id, () -> api.policy(id));
    }

    @Override
    public Policy save(Policy policy) {
        try {
            return call("policy " + policy.id(), () -> api.savePolicy(policy.id(), PolicyBody.of(policy)));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 422) {
                throw refused(e.getResponse().readEntity(String.class), json);
            }
            throw e;
        }
    }

    /** escalation's problem+json answer to a refused policy, each wrong field with its path. */
    static PolicyRefused refused(String body, ObjectMapper json) {
        return new PolicyRefused(ServiceAnswers.fieldProblems(body, json));
    }
}
