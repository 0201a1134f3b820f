package org.centinela.contracts.kafka;

import org.centinela.contracts.notification.NotificationRequested;

/** Reads {@link NotificationRequested} values; Kafka and SmallRye instantiate deserializers by class name. */
public final class NotificationRequestedDeserializer extends EventDeserializer<NotificationRequested> {

    public NotificationRequestedDeserializer() {
        super(NotificationRequested.class);
    }
}
