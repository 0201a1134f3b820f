package org.centinela.intake.application;

import java.time.Instant;

/** Wrong PINs per person, shared by every intake replica. */
public interface PinFailures {

    int countSince(String personId, Instant since);

    void record(String personId, Instant at);

    void clear(String personId);
}
