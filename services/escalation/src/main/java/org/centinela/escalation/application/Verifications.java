package org.centinela.escalation.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * How operators verified the defender when they resolved an alert through the API, by response id: the response
 * travels on {@code alerts.responses}, whose contract has no place for it, so the API keeps it here and the engine
 * reads it back when it applies that response. Free text of an operator, never logged.
 */
public interface Verifications {

    /** Keeps {@code verification} of {@code operator}'s response {@code responseId} to alert {@code alertId}. */
    void keep(UUID responseId, UUID alertId, String operator, String verification, Instant at);

    /** What {@code operator} said with her response {@code responseId} to alert {@code alertId}; empty if nothing. */
    Optional<String> of(UUID responseId, UUID alertId, String operator);
}
