package org.centinela.inbound;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * A record that cannot be applied, sent to a dead-letter topic as it came (same key and bytes, an empty value
 * for a tombstone) with the headers SmallRye's own dead-letter strategy writes: {@value #REASON} (why: a
 * reader's reason names the field and the rule, never a value), and where it came from, {@value #TOPIC},
 * {@value #PARTITION} and {@value #OFFSET}. Sent until the broker takes it.
 */
public final class DeadLetters {

    public static final String REASON = "dead-letter-reason";
    public static final String TOPIC = "dead-letter-topic";
    public static final String PARTITION = "dead-letter-partition";
    public static final String OFFSET = "dead-letter-offset";

    private DeadLetters() {
    }

    /** Sends {@code value} of {@code record} (null when the connector gave none) to {@code emitter}'s topic. */
    static Uni<Void> send(MutinyEmitter<byte[]> emitter, byte[] value, ConsumerRecord<?, ?> record, Failure why) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON, why.deadLetterReason().getBytes(StandardCharsets.UTF_8));
        Object key = null;
        if (record != null) {
            headers.add(TOPIC, record.topic().getBytes(StandardCharsets.UTF_8));
            headers.add(PARTITION, String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
            headers.add(OFFSET, String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
            key = record.key();
        }
        return emitter.sendMessage(Message.of(value == null ? new byte[0] : value)
                        .addMetadata(OutgoingKafkaRecordMetadata.builder().withKey(key).withHeaders(headers).build()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).indefinitely();
    }

    /** Where {@code record} came from, for logs: {@code topic-partition@offset}, never its content. */
    static String origin(ConsumerRecord<?, ?> record) {
        return record == null ? "a record" : record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
