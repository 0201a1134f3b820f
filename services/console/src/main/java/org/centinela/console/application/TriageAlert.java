package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.TriageRefused;

/**
 * An operator decides on an alert held for triage, through escalation's API with her token. Once done, the brief
 * she was shown is old (it now names her, or the alert is over): the next page reads it again.
 */
@ApplicationScoped
public class TriageAlert {

    private final AlertsOfTheNetwork alerts;
    private final RecentBriefs briefs;

    public TriageAlert(AlertsOfTheNetwork alerts, RecentBriefs briefs) {
        this.alerts = alerts;
        this.briefs = briefs;
    }

    /** {@code TriageRefused} when escalation does not do it; a conflict means the alert changed: read again too. */
    public void decide(UUID alertId, Triage decision) {
        try {
            alerts.triage(alertId, decision);
        } catch (TriageRefused refused) {
            if (refused.conflict()) {
                briefs.changed(alertId);
            }
            throw refused;
        }
        briefs.changed(alertId);
    }
}
