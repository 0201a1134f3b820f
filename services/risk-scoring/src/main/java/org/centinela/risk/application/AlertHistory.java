package org.centinela.risk.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The alerts opened for each defender, as {@code alerts.lifecycle} told them. */
public interface AlertHistory {

    /** Records that {@code alertId} was opened for {@code defenderId}; a repeated event changes nothing. */
    void opened(UUID alertId, String defenderId, Instant at);

    /** The alerts opened for these defenders since {@code since}. */
    List<Opened> openedSince(Collection<String> defenderIds, Instant since);

    /** An alert opened for a defender. */
    record Opened(String defenderId, Instant at) {
    }
}
