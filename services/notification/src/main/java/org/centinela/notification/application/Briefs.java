package org.centinela.notification.application;

import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.notification.domain.KnownBrief;

/**
 * The latest brief of each alert read from {@code alerts.briefs}, and which alerts are over. Each method runs in the
 * caller's transaction if there is one.
 */
public interface Briefs {

    /**
     * Keeps {@code brief} if its version is higher than the one held and the alert is not over; whether it was kept
     * (a redelivery, an older version or a brief of an alert that is over changes nothing).
     */
    boolean keep(AlertBrief brief, Instant now);

    /** The alert is over: its brief is erased, and no brief of it is kept from now on. */
    void over(UUID alertId, Instant now);

    KnownBrief find(UUID alertId);
}
