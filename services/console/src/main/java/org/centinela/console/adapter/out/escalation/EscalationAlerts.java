package org.centinela.console.adapter.out.escalation;

import static org.centinela.console.adapter.out.ServiceAnswers.call;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.application.AlertsOfTheNetwork;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.NotFound;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** {@link AlertsOfTheNetwork} through escalation's alerts API; its 403 and 404 become {@link NotAllowed} and {@link NotFound}. */
@ApplicationScoped
public class EscalationAlerts implements AlertsOfTheNetwork {

    /** The states of an alert that is not over; the board asks for each, a page of 100 at most. */
    private static final List<String> OPEN_STATES = List.of("OPEN", "ESCALATING", "ACKNOWLEDGED");
    private static final int PAGE = 100;

    private final EscalationApi api;

    public EscalationAlerts(@RestClient EscalationApi api) {
        this.api = api;
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
    public void answer(UUID id, String kind) {
        call("alert " + id, () -> api.respond(id, Map.of("kind", kind)));
    }
}
