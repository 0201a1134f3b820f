package org.centinela.risk.application;

import java.time.Instant;
import java.util.Objects;
import org.centinela.risk.domain.RiskModel;

/** A version of the risk model as kept: the model (its version inside), who saved it, and when. */
public record StoredModel(RiskModel model, String changedBy, Instant changedAt) {

    public StoredModel {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(changedAt, "changedAt");
        if (changedBy == null || changedBy.isBlank()) {
            throw new IllegalArgumentException("changedBy must not be blank");
        }
    }
}
