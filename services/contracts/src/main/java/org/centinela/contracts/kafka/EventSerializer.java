package org.centinela.contracts.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;

/**
 * Kafka value serializer for every event: writes its {@link EventJson} form, and a null (a tombstone)
 * as null.
 */
public class EventSerializer<T extends CentinelaEvent> implements Serializer<T> {

    @Override
    public byte[] serialize(String topic, T event) {
        if (event == null) {
            return null;
        }
        try {
            return EventJson.write(event);
        } catch (IllegalStateException e) {
            throw new SerializationException("Cannot write " + event.getClass().getSimpleName() + " to " + topic, e);
        }
    }
}
