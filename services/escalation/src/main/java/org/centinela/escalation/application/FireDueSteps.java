package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.AlertContext;
import org.centinela.escalation.domain.alert.TimelineEntry;
import org.centinela.escalation.domain.alert.TimelineType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fires the steps that fell due, earliest first, in batches: each batch is one transaction that
 * claims its steps (skipping those another instance holds), lets each alert act, keeps what it did and
 * forgets the steps. A crash before the commit leaves the steps to fire after the restart.
 *
 * <p>Each alert acts apart from the others (a savepoint): when its steps fail (the alert cannot be loaded, its policy
 * throws), what it wrote is undone, the failure is counted on its steps and the other alerts' steps fire and commit
 * all the same. A failed step is tried again after {@code escalation.steps.retry-after}, doubled for each failure in a
 * row; after {@code escalation.steps.set-aside-after} failures in a row it is set aside: it no longer fires, its
 * alert's timeline and the audit log say so, and operators see it until one retries it ({@link SetAsideSteps}).
 */
@ApplicationScoped
public class FireDueSteps {

    /** Who the audit log names for what the service did by itself. */
    static final String SERVICE = "escalation";

    private final DueSteps steps;
    private final Alerts alerts;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final Isolation isolation;
    private final StepAlarms alarms;
    private final AuditTrail audit;
    private final Clock clock;
    private final int setAsideAfter;
    private final Duration retryAfter;

    public FireDueSteps(DueSteps steps, Alerts alerts, AlertContexts contexts, AlertJournal journal,
            Isolation isolation, StepAlarms alarms, AuditTrail audit, Clock clock,
            @ConfigProperty(name = "escalation.steps.set-aside-after", defaultValue = "5") int setAsideAfter,
            @ConfigProperty(name = "escalation.steps.retry-after", defaultValue = "PT1S") Duration retryAfter) {
        if (setAsideAfter < 1) {
            throw new IllegalArgumentException("escalation.steps.set-aside-after must be at least 1");
        }
        this.steps = steps;
        this.alerts = alerts;
        this.contexts = contexts;
        this.journal = journal;
        this.isolation = isolation;
        this.alarms = alarms;
        this.audit = audit;
        this.clock = clock;
        this.setAsideAfter = setAsideAfter;
        this.retryAfter = retryAfter;
    }

    /**
     * Fires at most {@code limit} due steps; the steps it fired, with the time it fired them. Steps that failed are
     * not among them: they were counted, and wait for their next try.
     */
    @Transactional
    public Fired fireDue(int limit) {
        Instant now = clock.instant();
        List<DueStep> due = steps.claim(now, limit);
        if (due.isEmpty()) {
            return new Fired(now, List.of());
        }
        Map<UUID, List<DueStep>> byAlert = new LinkedHashMap<>();
        due.forEach(step -> byAlert.computeIfAbsent(step.alertId(), id -> new ArrayList<>()).add(step));
        List<DueStep> fired = new ArrayList<>(due.size());
        // Each alert's time is read once it is locked, so that its timeline's times follow the order inputs are applied in.
        byAlert.forEach((alertId, itsSteps) -> {
            Optional<Throwable> failure = isolation.attempt(() -> alerts.lock(alertId)
                    .ifPresent(alert -> fire(alert, itsSteps, clock.instant())));
            if (failure.isPresent()) {
                failed(itsSteps, failure.get(), now);
            } else {
                fired.addAll(itsSteps);
            }
        });
        steps.done(fired);
        return new Fired(now, fired);
    }

    private void fire(Alert alert, List<DueStep> itsSteps, Instant now) {
        AlertContext context = contexts.forAlert(alert);
        itsSteps.forEach(due -> alert.fire(due.step(), context, now));
        journal.changed(alert);
    }

    /** Counts the failure; sets aside the steps that failed too often, on their alert's timeline and in the log. */
    private void failed(List<DueStep> itsSteps, Throwable failure, Instant now) {
        for (FailedStep step : steps.failed(itsSteps, failure.getClass().getName(), now, retryAfter, setAsideAfter)) {
            if (!step.isSetAside()) {
                alarms.failed(step);
                continue;
            }
            alerts.note(step.alertId(), new TimelineEntry(now, TimelineType.STEP_SET_ASIDE, "Step " + describe(step)
                    + " set aside after " + step.attempts() + " failed tries (" + step.lastFailure()
                    + "); it fires again once an operator retries it"));
            audit.append(now, SERVICE, AuditAction.SET_ASIDE_STEP, ReadAlerts.subject(step.alertId()));
            alarms.setAside(step);
        }
    }

    /** How a timeline names a step: its kind, level and round. */
    static String describe(FailedStep step) {
        return step.step().kind() + " of level " + step.step().level() + " (round " + step.step().round() + ")";
    }

    /** The steps one call fired and when. */
    public record Fired(Instant at, List<DueStep> steps) {

        public Fired {
            steps = List.copyOf(steps);
        }
    }
}
