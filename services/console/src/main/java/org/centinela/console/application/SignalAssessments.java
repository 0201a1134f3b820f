package org.centinela.console.application;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.console.domain.SignalAssessment;

/** The console's own record of what risk-scoring said of each signal, and of which alert each signal made. */
public interface SignalAssessments {

    /** Keeps an assessment once; {@code country} is the defender's as the assessment carried it, or null. */
    void record(String defenderId, String country, SignalAssessment assessment, boolean triage, long modelVersion);

    void joined(UUID alertId, UUID signalId, Instant at);

    /** The assessments of the signals that opened or joined this alert, oldest first. */
    List<SignalAssessment> ofAlert(UUID alertId);
}
