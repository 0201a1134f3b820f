package org.centinela.notification.domain;

import java.util.Optional;
import org.centinela.contracts.notification.DeliveryStatus;

/**
 * How far the delivery of a step got. A delivery only ever moves forward: a callback that Twilio
 * retries, or that arrives after a later one, changes nothing and is not published again.
 * <ul>
 * <li>{@link #WAITING}: recorded, to be sent (first time, or a retry once its time comes);</li>
 * <li>{@link #SENDING}: taken by a sender, the provider is being called; a delivery left in this state by
 * a crash is reconciled with the provider before anything is sent again;</li>
 * <li>then what the provider reports, as published on {@code notifications.status}.</li>
 * </ul>
 */
public enum DeliveryState {
    WAITING(0, null),
    SENDING(1, null),
    QUEUED(2, DeliveryStatus.QUEUED),
    SENT(3, DeliveryStatus.SENT),
    DELIVERED(4, DeliveryStatus.DELIVERED),
    ANSWERED(5, DeliveryStatus.ANSWERED),
    FAILED(9, DeliveryStatus.FAILED);

    private final int rank;
    private final DeliveryStatus published;

    DeliveryState(int rank, DeliveryStatus published) {
        this.rank = rank;
        this.published = published;
    }

    /** Whether moving from this state to {@code next} is progress (a later state, and this one is not final). */
    public boolean canMoveTo(DeliveryState next) {
        return this != FAILED && next.rank > rank;
    }

    /** Whether the provider has taken the message (it has an id there), or it failed for good. */
    public boolean settled() {
        return rank >= QUEUED.rank;
    }

    /** The status published on {@code notifications.status} for this state; none while still ours. */
    public Optional<DeliveryStatus> published() {
        return Optional.ofNullable(published);
    }
}
