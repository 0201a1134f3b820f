package org.centinela.console.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.centinela.contracts.signal.RiskFactor;

/** What risk-scoring said of one signal of an alert: its score, grade and the factors behind them. */
public record SignalAssessment(UUID signalId, String type, Instant receivedAt, int score, String grade,
        List<RiskFactor> factors, String violenceType, String perpetratorType) {

    public SignalAssessment {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(receivedAt, "receivedAt");
        factors = factors == null ? List.of() : List.copyOf(factors);
    }
}
