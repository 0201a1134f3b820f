package org.centinela.risk.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.signal.SignalAssessed;

/** The assessment of every signal, kept so that a signal is assessed once whatever the redeliveries. */
public interface Assessments {

    /** The assessments kept for these signals, by signal id (absent: not assessed yet). */
    Map<UUID, SignalAssessed> of(Collection<UUID> signalIds);

    /** Keeps the assessments; returns the ids of those kept (the others were assessed meanwhile). */
    Set<UUID> keep(List<SignalAssessed> assessments, Instant at);

    /** The signals of these defenders received since {@code since}, as kept with their assessments. */
    List<Received> receivedSince(Collection<String> defenderIds, Instant since);

    /** When a signal of a defender was received. */
    record Received(String defenderId, UUID signalId, Instant at) {
    }
}
