package org.centinela.escalation.application;

import java.util.Optional;
import java.util.UUID;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.AlertChanges;
import org.centinela.escalation.domain.alert.TimelineEntry;

/** Where alerts are kept. Loading an alert locks it until the transaction ends: one change at a time. */
public interface Alerts {

    /** The defender's alert that is not over (open, escalating or acknowledged), locked. */
    Optional<Alert> notOverOf(String defenderId);

    /** Alert {@code alertId}, locked. */
    Optional<Alert> lock(UUID alertId);

    /** Whether an alert that is not over has this short code. */
    boolean codeInUse(String code);

    /**
     * The alert a reply that named {@code code} means for {@code personId}: the alert not over with that
     * code, else the latest alert with that code that contacted her.
     */
    Optional<UUID> withCode(String code, String personId);

    /** The latest alert that contacted {@code personId}: what a reply without a code means. */
    Optional<UUID> latestContacting(String personId);

    /** Stores a new alert and what it did. */
    void add(Alert alert, AlertChanges changes);

    /** Stores what a loaded alert did. */
    void save(Alert alert, AlertChanges changes);

    /**
     * Adds a line to alert {@code alertId}'s timeline without loading the alert: what the service did about it when
     * the alert itself could not act (a step set aside).
     */
    void note(UUID alertId, TimelineEntry entry);
}
