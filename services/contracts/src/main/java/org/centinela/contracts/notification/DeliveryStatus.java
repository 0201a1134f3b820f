package org.centinela.contracts.notification;

/** How far a notification got, as the provider reports it. */
public enum DeliveryStatus {
    QUEUED,
    SENT,
    DELIVERED,
    FAILED,
    /** A call was picked up (voice only). */
    ANSWERED,
    /** A call rang out unanswered (voice only). */
    NO_ANSWER,
    /**
     * She opened the brief page whose link this message carried (SMS and e-mail only): a disclosure to record. It
     * says nothing of the delivery itself, which keeps the state it had.
     */
    OPENED;

    /** Whether this status can be reported for a notification on {@code channel}. */
    public boolean possibleOn(Channel channel) {
        if (this == OPENED) {
            return channel != Channel.VOICE;
        }
        return channel == Channel.VOICE || (this != ANSWERED && this != NO_ANSWER);
    }
}
