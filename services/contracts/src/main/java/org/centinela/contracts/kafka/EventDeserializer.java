package org.centinela.contracts.kafka;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Invariants;

/**
 * Kafka value deserializer for one event class. A null value (a tombstone) comes out as null; JSON
 * that is malformed or breaks the event's invariants comes out as a {@link SerializationException}
 * saying why, so the record goes to the dead-letter topic rather than into the service half-valid.
 */
public class EventDeserializer<T extends CentinelaEvent> implements Deserializer<T> {

    private final Class<T> type;

    public EventDeserializer(Class<T> type) {
        this.type = Invariants.present(type, "type");
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return EventJson.read(data, type);
        } catch (IllegalArgumentException e) {
            throw new SerializationException("Cannot read a record of " + topic + ": " + e.getMessage(), e);
        }
    }
}
