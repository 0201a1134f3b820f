package org.centinela.sandbox.domain;

/** The statuses of an SMS, with Twilio's names. */
public enum MessageStatus {
    QUEUED, SENT, DELIVERED, UNDELIVERED, FAILED, RECEIVED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
