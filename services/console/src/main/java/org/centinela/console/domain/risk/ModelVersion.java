package org.centinela.console.domain.risk;

import java.time.Instant;
import java.util.Objects;

/** A saved version of the risk model: its number, who saved it and when. */
public record ModelVersion(long version, String changedBy, Instant changedAt, RiskModel model) {

    public ModelVersion {
        Objects.requireNonNull(model, "model");
    }
}
