package org.centinela.sandbox.domain;

import java.util.Locale;

/** The statuses of a call, with Twilio's names, and the status-callback event each one belongs to. */
public enum CallStatus {
    QUEUED("queued", null),
    INITIATED("initiated", "initiated"),
    RINGING("ringing", "ringing"),
    IN_PROGRESS("in-progress", "answered"),
    COMPLETED("completed", "completed"),
    NO_ANSWER("no-answer", "completed"),
    BUSY("busy", "completed"),
    FAILED("failed", "completed");

    private final String wire;
    private final String callbackEvent;

    CallStatus(String wire, String callbackEvent) {
        this.wire = wire;
        this.callbackEvent = callbackEvent;
    }

    public String wire() {
        return wire;
    }

    /** The {@code StatusCallbackEvent} that asks for this status, or null for none. */
    public String callbackEvent() {
        return callbackEvent;
    }

    public boolean ended() {
        return "completed".equals(callbackEvent);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
