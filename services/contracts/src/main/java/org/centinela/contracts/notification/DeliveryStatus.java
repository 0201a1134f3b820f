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
    NO_ANSWER;

    /** Whether this status can be reported for a notification on {@code channel}. */
    public boolean possibleOn(Channel channel) {
        return channel == Channel.VOICE || (this != ANSWERED && this != NO_ANSWER);
    }
}
