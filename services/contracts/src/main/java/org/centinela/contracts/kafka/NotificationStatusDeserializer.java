package org.centinela.contracts.kafka;

import org.centinela.contracts.notification.NotificationStatus;

/** Reads {@link NotificationStatus} values; Kafka and SmallRye instantiate deserializers by class name. */
public final class NotificationStatusDeserializer extends EventDeserializer<NotificationStatus> {

    public NotificationStatusDeserializer() {
        super(NotificationStatus.class);
    }
}
