package org.centinela.escalation.domain.alert;

import java.util.List;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.notification.NotificationRequested;

/**
 * What an alert did since it was loaded: the notifications to request, the lifecycle events to
 * publish, the timeline lines to add and the steps to keep until they fall due. Stored and published
 * together, in one transaction.
 *
 * @param briefChanged whether what its brief says changed (a signal joined or its words arrived, someone is on
 *                     it, triage named her): the brief is published again, at {@code Alert#briefVersion()}
 */
public record AlertChanges(List<NotificationRequested> notifications, List<AlertLifecycle> lifecycle,
        List<TimelineEntry> timeline, List<Step> steps, boolean briefChanged) {

    public AlertChanges {
        notifications = List.copyOf(notifications);
        lifecycle = List.copyOf(lifecycle);
        timeline = List.copyOf(timeline);
        steps = List.copyOf(steps);
    }

    /** Changes that leave the brief as it was. */
    public AlertChanges(List<NotificationRequested> notifications, List<AlertLifecycle> lifecycle,
            List<TimelineEntry> timeline, List<Step> steps) {
        this(notifications, lifecycle, timeline, steps, false);
    }

    /** Whether nothing happened. */
    public boolean isEmpty() {
        return notifications.isEmpty() && lifecycle.isEmpty() && timeline.isEmpty() && steps.isEmpty()
                && !briefChanged;
    }
}
