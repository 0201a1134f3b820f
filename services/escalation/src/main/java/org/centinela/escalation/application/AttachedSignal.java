package org.centinela.escalation.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;

/**
 * One signal of an alert: what its assessment said (type, source, time, risk factors) and, once
 * {@code signals.received} brought them, its details.
 *
 * @param factors the risk factors risk-scoring gave it
 * @param detail  what it carried; null until its details arrive
 */
public record AttachedSignal(UUID signalId, SignalType type, SignalSource source, Instant receivedAt,
        List<RiskFactor> factors, SignalDetail detail) {

    public AttachedSignal {
        Objects.requireNonNull(signalId, "signalId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(receivedAt, "receivedAt");
        factors = List.copyOf(factors);
    }
}
