package org.centinela.notification.application;

import org.centinela.contracts.notification.Channel;
import org.centinela.notification.domain.DeliveryState;

/** Counts each delivery that reached a state the provider reports (QUEUED, SENT, DELIVERED, ANSWERED, FAILED). */
public interface DeliveryTally {

    /** A delivery on {@code channel} reached {@code state}, and the status was published. */
    void reached(Channel channel, DeliveryState state);
}
