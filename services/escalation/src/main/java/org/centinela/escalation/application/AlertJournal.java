package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.AlertChanges;
import org.centinela.outbox.Outbox;

/**
 * Keeps what an alert did, in the caller's transaction: its new state, timeline and steps, and the
 * notification requests and lifecycle events it produced, through the outbox — all committed together
 * or not at all, so a crash never leaves a step fired without its messages, or messages without the step.
 */
@ApplicationScoped
public class AlertJournal {

    private final Alerts alerts;
    private final Outbox outbox;

    public AlertJournal(Alerts alerts, Outbox outbox) {
        this.alerts = alerts;
        this.outbox = outbox;
    }

    /** Stores a newly opened alert and publishes what it did. */
    public void opened(Alert alert) {
        AlertChanges changes = alert.drainChanges();
        alerts.add(alert, changes);
        publish(changes);
    }

    /** Stores what a loaded alert did, if anything, and publishes it. */
    public void changed(Alert alert) {
        AlertChanges changes = alert.drainChanges();
        if (changes.isEmpty()) {
            return;
        }
        alerts.save(alert, changes);
        publish(changes);
    }

    private void publish(AlertChanges changes) {
        List<CentinelaEvent> events = new ArrayList<>(changes.notifications().size() + changes.lifecycle().size());
        events.addAll(changes.lifecycle());
        events.addAll(changes.notifications());
        if (!events.isEmpty()) {
            outbox.appendAll(events);
        }
    }
}
