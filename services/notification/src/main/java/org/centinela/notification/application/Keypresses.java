package org.centinela.notification.application;

import java.time.Instant;

/** The keypresses received, so that a webhook Twilio retries is answered alike and counted once. */
public interface Keypresses {

    /** Records the keypress; false when this call's keypress was recorded before. */
    boolean firstTime(String callSid, String digits, Instant now);
}
