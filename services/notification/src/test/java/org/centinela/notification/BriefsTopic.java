package org.centinela.notification;

import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.notification.adapter.in.kafka.BriefsConsumer;
import org.eclipse.microprofile.reactive.messaging.Message;

/** alerts.briefs as the in-process tests feed it: records with their key, as the Kafka connector gives them. */
public final class BriefsTopic {

    private static final AtomicLong OFFSETS = new AtomicLong();

    private BriefsTopic() {
    }

    public static void publish(InMemoryConnector connector, AlertBrief brief) {
        send(connector, brief.alertId().toString(), EventJson.write(brief));
    }

    /** A record of {@code key} and {@code value} (null: a tombstone). */
    public static void send(InMemoryConnector connector, String key, byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.ALERTS_BRIEFS, 0, OFFSETS.incrementAndGet(),
                key, value);
        connector.source(BriefsConsumer.CHANNEL).send(Message.of(value)
                .addMetadata(new IncomingKafkaRecordMetadata<>(record, BriefsConsumer.CHANNEL)));
    }
}
