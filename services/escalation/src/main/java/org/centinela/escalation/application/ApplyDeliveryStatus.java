package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.centinela.contracts.notification.NotificationStatus;

/** What notification reported: into the timeline, and a failure tries the person's next channel. */
@ApplicationScoped
public class ApplyDeliveryStatus {

    private final Alerts alerts;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final Clock clock;

    public ApplyDeliveryStatus(Alerts alerts, AlertContexts contexts, AlertJournal journal, Clock clock) {
        this.alerts = alerts;
        this.contexts = contexts;
        this.journal = journal;
        this.clock = clock;
    }

    /** Applies {@code status}; a status of an unknown alert, or repeated, changes nothing. */
    @Transactional
    public void apply(NotificationStatus status) {
        alerts.lock(status.alertId()).ifPresent(alert -> {
            alert.deliveryReported(status, contexts.forAlert(alert), clock.instant());
            journal.changed(alert);
        });
    }
}
