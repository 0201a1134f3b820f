package org.centinela.escalation.domain.alert;

import java.util.List;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.notification.NotificationRequested;

/**
 * What an alert did since it was loaded: the notifications to request, the lifecycle events to
 * publish, the timeline lines to add and the steps to keep until they fall due. Stored and published
 * together, in one transaction.
 */
public record AlertChanges(List<NotificationRequested> notifications, List<AlertLifecycle> lifecycle,
        List<TimelineEntry> timeline, List<Step> steps) {

    public AlertChanges {
        notifications = List.copyOf(notifications);
        lifecycle = List.copyOf(lifecycle);
        timeline = List.copyOf(timeline);
        steps = List.copyOf(steps);
    }

    /** Whether nothing happened. */
    public boolean isEmpty() {
        return notifications.isEmpty() && lifecycle.isEmpty() && timeline.isEmpty() && steps.isEmpty();
    }
}
