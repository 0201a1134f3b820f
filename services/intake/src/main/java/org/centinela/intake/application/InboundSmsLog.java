package org.centinela.intake.application;

import java.time.Instant;
import java.util.Optional;

/** Every Twilio MessageSid seen, and what it was answered, so a retried webhook changes nothing. */
public interface InboundSmsLog {

    /**
     * Claims {@code messageSid} for this transaction. Empty when it is new; else the reply given the
     * first time ("" for none), waiting for a concurrent first delivery to finish.
     */
    Optional<String> claim(String messageSid, Instant at);

    /** The reply given to {@code messageSid}: a text, or "" for none. */
    void answered(String messageSid, String reply);
}
