package org.centinela.console.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** What risk-scoring said of one signal of an alert: its score, grade and the factors behind them. */
public record SignalAssessment(UUID signalId, String type, Instant receivedAt, int score, String grade,
        List<Factor> factors, String violenceType, String perpetratorType) {

    public SignalAssessment {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedAt, "receivedAt");
        factors = factors == null ? List.of() : List.copyOf(factors);
    }

    /** One reason for the score, as risk-scoring explained it. */
    public record Factor(String code, int contribution, String explanation) {
        public Factor {
            Objects.requireNonNull(code, "code");
            explanation = explanation == null ? "" : explanation;
        }
    }
}
