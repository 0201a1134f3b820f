package org.centinela.console.adapter.in.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.console.adapter.in.web.BoardChanges;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * {@code alerts.lifecycle} and {@code notifications.status} (key: alertId), read by every console instance
 * in a consumer group of its own from the moment it started: each record tells the open pages that
 * something changed. The pages then ask escalation again with their own token, so nothing of the event
 * itself reaches a browser.
 */
@ApplicationScoped
public class LiveConsumer {

    private final BoardChanges changes;

    public LiveConsumer(BoardChanges changes) {
        this.changes = changes;
    }

    @Incoming("lifecycle-live")
    public void lifecycle(byte[] ignored) {
        changes.changed();
    }

    @Incoming("status-live")
    public void status(byte[] ignored) {
        changes.changed();
    }
}
