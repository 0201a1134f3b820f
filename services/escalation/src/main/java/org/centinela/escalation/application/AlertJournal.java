package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.AlertChanges;
import org.centinela.escalation.domain.alert.TimelineEntry;
import org.centinela.escalation.domain.alert.TimelineType;
import org.centinela.outbox.Outbox;

/**
 * Keeps what an alert did, in the caller's transaction: its new state, timeline and steps, and the
 * notification requests and lifecycle events it produced, through the outbox — all committed together
 * or not at all, so a crash never leaves a step fired without its messages, or messages without the step.
 *
 * <p>When its brief changed, the brief as it is now goes to {@code alerts.briefs} ahead of the requests that need
 * it (every such change also has a lifecycle event, BRIEF_UPDATED when no other says so, which tells the console to
 * look again); once the alert is over, a tombstone erases its brief instead. Every disclosure of a brief (sent,
 * opened, read), every triage and every answer the alert refused goes to the audit log, by ids.
 */
@ApplicationScoped
public class AlertJournal {

    /** The timeline lines the audit log repeats, and as what. */
    private static final Map<TimelineType, AuditAction> AUDITED = Map.of(
            TimelineType.BRIEF_DISCLOSED, AuditAction.RECEIVE_BRIEF,
            TimelineType.BRIEF_OPENED, AuditAction.OPEN_BRIEF,
            TimelineType.BRIEF_READ, AuditAction.READ_BRIEF,
            TimelineType.TRIAGED, AuditAction.TRIAGE,
            TimelineType.RESOLVE_VERIFIED, AuditAction.RESOLVE_VERIFIED,
            TimelineType.RESPONSE_IGNORED, AuditAction.ANSWER_REFUSED);

    private final Alerts alerts;
    private final AlertBriefs briefs;
    private final Outbox outbox;
    private final AuditTrail audit;

    public AlertJournal(Alerts alerts, AlertBriefs briefs, Outbox outbox, AuditTrail audit) {
        this.alerts = alerts;
        this.briefs = briefs;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** Stores a newly opened alert and publishes what it did. */
    public void opened(Alert alert) {
        AlertChanges changes = alert.drainChanges();
        alerts.add(alert, changes);
        publish(alert, changes);
    }

    /** Stores what a loaded alert did, if anything, and publishes it. */
    public void changed(Alert alert) {
        AlertChanges changes = alert.drainChanges();
        if (changes.isEmpty()) {
            return;
        }
        alerts.save(alert, changes);
        publish(alert, changes);
    }

    private void publish(Alert alert, AlertChanges changes) {
        if (changes.lifecycle().stream().anyMatch(AlertJournal::closes)) {
            outbox.tombstone(Topics.ALERTS_BRIEFS, alert.id().toString());
        } else if (changes.briefChanged()) {
            outbox.append(briefs.of(alert, alert.snapshot().updatedAt()));
        }
        List<CentinelaEvent> events = new ArrayList<>(changes.notifications().size() + changes.lifecycle().size());
        events.addAll(changes.lifecycle());
        events.addAll(changes.notifications());
        if (!events.isEmpty()) {
            outbox.appendAll(events);
        }
        auditDisclosures(alert, changes.timeline());
    }

    /** By ids: whose brief, who received, opened or read it (or triaged the alert), and on which channel. */
    private void auditDisclosures(Alert alert, List<TimelineEntry> timeline) {
        String subject = ReadAlerts.subject(alert.id());
        for (TimelineEntry entry : timeline) {
            AuditAction action = AUDITED.get(entry.type());
            String who = entry.actorId() != null ? entry.actorId() : entry.personId();
            if (action != null && who != null) {
                audit.append(entry.at(), who, action, subject, entry.channel());
            }
        }
    }

    private static boolean closes(AlertLifecycle event) {
        return event.kind() == LifecycleKind.RESOLVED || event.kind() == LifecycleKind.CANCELLED;
    }
}
