package org.centinela.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.alert.AlertBrief;

/**
 * The briefs read from {@code alerts.briefs}: the highest version of each alert is kept (a redelivery or an older
 * version changes nothing), a tombstone erases it and records that the alert is over. Either way the deliveries
 * of the alert that wait for its brief are made due at once.
 */
@ApplicationScoped
public class KeepBriefs {

    private final Briefs briefs;
    private final Deliveries deliveries;
    private final Clock clock;

    public KeepBriefs(Briefs briefs, Deliveries deliveries, Clock clock) {
        this.briefs = briefs;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Keeps {@code brief} if it is newer; whether deliveries that waited for it are due now. */
    @Transactional
    public boolean kept(AlertBrief brief) {
        Instant now = clock.instant();
        return briefs.keep(brief, now) && deliveries.awaitingBriefDue(brief.alertId(), now) > 0;
    }

    /** The alert is over; whether deliveries that waited for its brief are due now (to fail or go without it). */
    @Transactional
    public boolean over(UUID alertId) {
        Instant now = clock.instant();
        briefs.over(alertId, now);
        return deliveries.awaitingBriefDue(alertId, now) > 0;
    }
}
