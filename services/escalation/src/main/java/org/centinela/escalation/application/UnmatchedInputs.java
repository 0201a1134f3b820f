package org.centinela.escalation.application;

import java.time.Instant;
import java.util.UUID;

/** Inputs that belong to no alert, recorded as an explicit decision rather than dropped. */
public interface UnmatchedInputs {

    /**
     * @param kind    what it was, e.g. {@code CANCEL_SIGNAL} or {@code RESPONSE}
     * @param subject whose it was: a defender's or responder's id, never personal data
     * @param reason  why no alert took it
     */
    void record(UUID id, String kind, String subject, String reason, Instant at);
}
