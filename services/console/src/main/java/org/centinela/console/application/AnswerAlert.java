package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/** Acknowledges, declines or resolves an alert on behalf of the signed-in person, through escalation's API. */
@ApplicationScoped
public class AnswerAlert {

    public static final Set<String> KINDS = Set.of("ACK", "DECLINE", "RESOLVE");

    private final AlertsOfTheNetwork alerts;

    public AnswerAlert(AlertsOfTheNetwork alerts) {
        this.alerts = alerts;
    }

    public void answer(UUID alertId, String kind) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS);
        }
        alerts.answer(alertId, kind);
    }
}
