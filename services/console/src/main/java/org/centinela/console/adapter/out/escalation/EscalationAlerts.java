package org.centinela.console.adapter.out.escalation;

import static org.centinela.console.adapter.out.ServiceAnswers.call;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.adapter.out.ServiceAnswers;
import org.centinela.console.application.AlertsOfTheNetwork;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.NotFound;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.TriageRefused;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link AlertsOfTheNetwork} through escalation's alerts API; its 403 and 404 become {@link NotAllowed} and
 * {@link NotFound}, its refusals of a triage decision (409, 422, 400) a {@link TriageRefused} with the rules it names.
 */
@ApplicationScoped
public class EscalationAlerts implements AlertsOfTheNetwork {

    /** The header that tells escalation a brief is read in the console (its timeline says so). */
    public static final String CLIENT_HEADER = "X-Centinela-Client";
    static final String CLIENT = "console";

    /** The states of an alert that is not over; the board asks for each, a page of 100 at most. */
    private static final List<String> OPEN_STATES = List.of("OPEN", "ESCALATING", "ACKNOWLEDGED");
    private static final int PAGE = 100;

    private final EscalationApi api;
    private final ObjectMapper json;

    public EscalationAlerts(@RestClient EscalationApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    @Override
    public List<Alert> recent() {
        List<Alert> alerts = new ArrayList<>();
        for (String state : OPEN_STATES) {
            alerts.addAll(call("alerts", () -> api.alerts(state, 0, PAGE)));
        }
        return alerts;
    }

    @Override
    public Alert alert(UUID id) {
        return call("alert " + id, () -> api.alert(id));
    }

    @Override
    public void answer(UUID id, String kind, String verification) {
        call("alert " + id, () -> api.respond(id, verification == null ? Map.of("kind", kind)
                : Map.of("kind", kind, "verification", verification)));
    }

    @Override
    public AlertBrief brief(UUID id) {
        return call("brief of alert " + id, () -> api.brief(id, CLIENT));
    }

    @Override
    public void triage(UUID id, Triage decision) {
        try {
            call("alert " + id, () -> api.triage(id, decision.body()));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 400 || status == 409 || status == 422) {
                throw refused(status, e.getResponse().readEntity(String.class), json);
            }
            throw e;
        }
    }

    /**
     * escalation's problem answer to a triage decision: a 409 is a conflict with the alert as it is now (its code
     * {@code not-held} or {@code open-alert-exists}), a 422 or 400 names the fields at fault.
     */
    static TriageRefused refused(int status, String body, ObjectMapper json) {
        return new TriageRefused(status == 409, ServiceAnswers.fieldProblems(body, json));
    }
}
