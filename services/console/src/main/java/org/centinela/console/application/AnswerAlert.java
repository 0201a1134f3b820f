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

    /**
     * Her answer; {@code verification} (an operator's RESOLVE) says how she verified the defender is safe, which
     * escalation requires after a duress PIN; null or blank for none.
     */
    public void answer(UUID alertId, String kind, String verification) {
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("kind must be one of " + KINDS);
        }
        alerts.answer(alertId, kind, verification == null || verification.isBlank() ? null : verification.strip());
    }
}
