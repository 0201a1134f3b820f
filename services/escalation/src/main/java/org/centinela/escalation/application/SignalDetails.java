package org.centinela.escalation.application;

import java.time.Instant;
import org.centinela.contracts.signal.SignalReceived;

/**
 * What received signals carried (her words, where she was, her report, an unknown sender's number), kept for the
 * briefs of the alerts they belong to. Personal data: never logged, never in an exception's message.
 */
public interface SignalDetails {

    /** Keeps what {@code signal} carried; false when it was kept before (a redelivery), which changes nothing. */
    boolean keep(SignalReceived signal, Instant at);
}
