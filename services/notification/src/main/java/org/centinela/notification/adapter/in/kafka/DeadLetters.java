package org.centinela.notification.adapter.in.kafka;

import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * What a consumer cannot read goes to its dead-letter topic as it came (same key and bytes), with why in the
 * header {@code dead-letter-reason} (a reason never quotes the record: events' readers say which field broke
 * which rule, not its value) and where it came from; sent until the broker takes it.
 */
final class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class);

    private DeadLetters() {
    }

    /** Sends {@code value} of {@code record} (null when the connector gave none) to {@code emitter}'s topic. */
    static Uni<Void> send(MutinyEmitter<byte[]> emitter, byte[] value, ConsumerRecord<String, ?> record,
            String what, RuntimeException reason) {
        String origin = record == null ? "a record" : "record " + record.offset() + " of " + record.topic() + "-" + record.partition();
        LOG.warnf("%s is not %s: %s", origin, what, reason.getMessage());
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", String.valueOf(reason.getMessage()).getBytes(StandardCharsets.UTF_8));
        if (record != null) {
            headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
            headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        }
        return emitter.sendMessage(Message.of(value == null ? new byte[0] : value)
                        .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                                .withKey(record == null ? null : record.key()).withHeaders(headers).build()))
                .onFailure().retry().withBackOff(Duration.ofMillis(200), Duration.ofSeconds(5)).indefinitely();
    }
}
