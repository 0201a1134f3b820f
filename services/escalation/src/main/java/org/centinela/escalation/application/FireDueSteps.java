package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.AlertContext;

/**
 * Fires the steps that fell due, earliest first, in batches: each batch is one transaction that
 * claims its steps (skipping those another instance holds), lets each alert act, keeps what it did and
 * forgets the steps. A crash before the commit leaves the steps to fire after the restart.
 */
@ApplicationScoped
public class FireDueSteps {

    private final DueSteps steps;
    private final Alerts alerts;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final Clock clock;

    public FireDueSteps(DueSteps steps, Alerts alerts, AlertContexts contexts, AlertJournal journal, Clock clock) {
        this.steps = steps;
        this.alerts = alerts;
        this.contexts = contexts;
        this.journal = journal;
        this.clock = clock;
    }

    /** Fires at most {@code limit} due steps; the steps it fired, with the time it fired them. */
    @Transactional
    public Fired fireDue(int limit) {
        Instant now = clock.instant();
        List<DueStep> due = steps.claim(now, limit);
        if (due.isEmpty()) {
            return new Fired(now, List.of());
        }
        Map<UUID, List<DueStep>> byAlert = new LinkedHashMap<>();
        due.forEach(step -> byAlert.computeIfAbsent(step.alertId(), id -> new ArrayList<>()).add(step));
        // Each alert's time is read once it is locked, so that its timeline's times follow the order inputs are applied in.
        byAlert.forEach((alertId, itsSteps) -> alerts.lock(alertId)
                .ifPresent(alert -> fire(alert, itsSteps, clock.instant())));
        steps.done(due);
        return new Fired(now, due);
    }

    private void fire(Alert alert, List<DueStep> itsSteps, Instant now) {
        AlertContext context = contexts.forAlert(alert);
        itsSteps.forEach(due -> alert.fire(due.step(), context, now));
        journal.changed(alert);
    }

    /** The steps one call fired and when. */
    public record Fired(Instant at, List<DueStep> steps) {

        public Fired {
            steps = List.copyOf(steps);
        }
    }
}
