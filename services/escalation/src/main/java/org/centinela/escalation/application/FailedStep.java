package org.centinela.escalation.application;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.centinela.escalation.domain.alert.Step;

/**
 * A step of alert {@code alertId} that failed: how many times in a row, the class of the exception of its last
 * failure (never a message), when it may be tried again, and when it was set aside (null while it is still tried).
 */
public record FailedStep(UUID id, UUID alertId, Step step, int attempts, String lastFailure, Instant retryAt,
        Instant setAsideAt) {

    public FailedStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(step, "step");
    }

    /** Whether it no longer fires until an operator puts it back. */
    public boolean isSetAside() {
        return setAsideAt != null;
    }
}
