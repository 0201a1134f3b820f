package org.centinela.console.adapter.in.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.console.adapter.in.web.BoardChanges;
import org.centinela.console.application.RecentBriefs;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code alerts.lifecycle} and {@code notifications.status} (key: alertId), read by every console instance
 * in a consumer group of its own from the moment it started: each record tells the open pages that
 * something changed, and that the brief of the alert its key names is to be read again ({@link RecentBriefs}).
 * The pages then ask escalation again with their own token, so nothing of the event itself reaches a browser.
 */
@ApplicationScoped
public class LiveConsumer {

    private final BoardChanges changes;
    private final RecentBriefs briefs;

    public LiveConsumer(BoardChanges changes, RecentBriefs briefs) {
        this.changes = changes;
        this.briefs = briefs;
    }

    @Incoming("lifecycle-live")
    public void lifecycle(ConsumerRecord<String, byte[]> record) {
        changed(record.key());
    }

    @Incoming("status-live")
    public void status(ConsumerRecord<String, byte[]> record) {
        changed(record.key());
    }

    private void changed(String alertId) {
        if (alertId != null) {
            try {
                briefs.changed(UUID.fromString(alertId));
            } catch (IllegalArgumentException notAnAlertId) {
                // Every key of these topics is an alert id; a record without one changes no brief.
            }
        }
        changes.changed();
    }
}
