package org.centinela.escalation.application;

import java.util.Objects;
import java.util.UUID;
import org.centinela.escalation.domain.alert.Step;

/** A step of alert {@code alertId} that fell due. */
public record DueStep(UUID alertId, Step step) {

    public DueStep {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(step, "step");
    }
}
