package org.centinela.escalation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.signal.SignalAssessed;

/** Which signals make each alert, with their assessments' risk factors, and what they carried. */
public interface AlertSignals {

    /** Records that {@code signal} opened or joined alert {@code alertId}; recorded before, it changes nothing. */
    void attach(UUID alertId, SignalAssessed signal, Instant at);

    /** The alert {@code signalId} belongs to. */
    Optional<UUID> alertOf(UUID signalId);

    /** The signals of alert {@code alertId} in the order intake received them, each with its details if they came. */
    List<AttachedSignal> of(UUID alertId);
}
