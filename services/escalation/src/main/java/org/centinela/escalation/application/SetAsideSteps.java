package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.alert.TimelineEntry;
import org.centinela.escalation.domain.alert.TimelineType;

/**
 * The steps set aside after failing too many times in a row ({@link FireDueSteps}), for operators: which they are,
 * and putting one back once what made it fail is fixed. A step put back fires at the next look for due steps, with
 * its failures forgotten; the alert's timeline and the audit log say who put it back.
 */
@ApplicationScoped
public class SetAsideSteps {

    /** The most steps one listing returns. */
    public static final int MAX_PAGE = 500;

    private final DueSteps steps;
    private final Alerts alerts;
    private final AuditTrail audit;
    private final Clock clock;

    public SetAsideSteps(DueSteps steps, Alerts alerts, AuditTrail audit, Clock clock) {
        this.steps = steps;
        this.alerts = alerts;
        this.audit = audit;
        this.clock = clock;
    }

    /** At most {@code limit} steps set aside, earliest set aside first. */
    @Transactional
    public List<FailedStep> list(int limit) {
        return steps.setAside(Math.min(limit, MAX_PAGE));
    }

    /**
     * Puts step {@code id} back for {@code operator}; the step as it was set aside.
     *
     * @throws UnknownSetAsideStep when no step set aside has that id
     */
    @Transactional
    public FailedStep retry(UUID id, String operator) {
        FailedStep step = steps.retry(id).orElseThrow(() -> new UnknownSetAsideStep(id));
        Instant now = clock.instant();
        alerts.note(step.alertId(), new TimelineEntry(now, TimelineType.STEP_RETRIED, "Step "
                + FireDueSteps.describe(step) + " put back to fire again", null, null, operator));
        audit.append(now, operator, AuditAction.RETRY_STEP, ReadAlerts.subject(step.alertId()));
        return step;
    }
}
