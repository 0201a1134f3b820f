package org.centinela.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.kafka.CloudEventAttributes;
import org.centinela.contracts.kafka.CloudEventHeaders;

/**
 * One row of the outbox: what goes to Kafka, and when it was written. A tombstone has neither type nor
 * payload. {@link #toString()} leaves the payload out: it may hold personal data.
 *
 * @param id        also the CloudEvents {@code id}, so that a consumer can tell a re-sent event
 * @param type      the CloudEvents {@code type}; null for a tombstone
 * @param payload   the event's JSON; null for a tombstone
 * @param createdAt when it was appended, the CloudEvents {@code time}
 */
public record OutboxEntry(UUID id, String topic, String key, String type, String payload, Instant createdAt) {

    public OutboxEntry {
        Invariants.present(id, "id");
        Invariants.nonBlank(topic, "topic");
        Invariants.nonBlank(key, "key");
        Invariants.present(createdAt, "createdAt");
        if ((type == null) != (payload == null)) {
            throw new IllegalArgumentException("type and payload must both be present, or both be null (a tombstone)");
        }
    }

    /** The entry of {@code event}, appended at {@code at}. */
    public static OutboxEntry of(CentinelaEvent event, Instant at) {
        return new OutboxEntry(UUID.randomUUID(), event.topic(), event.key(), event.cloudEventType(),
                new String(EventJson.write(event), StandardCharsets.UTF_8), at);
    }

    /** The tombstone of {@code key} on {@code topic}, appended at {@code at}. */
    public static OutboxEntry tombstone(String topic, String key, Instant at) {
        return new OutboxEntry(UUID.randomUUID(), topic, key, null, null, at);
    }

    public boolean isTombstone() {
        return payload == null;
    }

    /**
     * The Kafka record: its key, the JSON value and CloudEvents binary-mode headers with {@code source}; a
     * tombstone is the key with a null value and no headers (it is no event, only a deletion).
     */
    public ProducerRecord<String, byte[]> toRecord(String source) {
        if (isTombstone()) {
            return new ProducerRecord<>(topic, key, null);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, payload.getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(record.headers(), new CloudEventAttributes(id.toString(), source, type, createdAt));
        return record;
    }

    @Override
    public String toString() {
        return "OutboxEntry[id=" + id + ", topic=" + topic + ", type=" + type + (isTombstone() ? ", tombstone" : "") + "]";
    }
}
