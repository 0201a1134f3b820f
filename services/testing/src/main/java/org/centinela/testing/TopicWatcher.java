package org.centinela.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic of the real local broker from a moment on, without a consumer group, to see what a
 * service published: {@code TopicWatcher.since(topic, start).until(record -> …, timeout)}.
 */
public final class TopicWatcher {

    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");

    private final String topic;
    private final Instant since;

    private TopicWatcher(String topic, Instant since) {
        this.topic = topic;
        this.since = since;
    }

    public static TopicWatcher since(String topic, Instant since) {
        return new TopicWatcher(topic, since);
    }

    /** Every record from {@code since} until one matches {@code done} or {@code timeout} passes. */
    public List<ConsumerRecord<String, byte[]>> until(Predicate<ConsumerRecord<String, byte[]>> done, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        Instant deadline = Instant.now().plus(timeout);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            // The end is read first: a record published after it is read even if it came after 'since' was looked up.
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            Map<TopicPartition, OffsetAndTimestamp> start = consumer.offsetsForTimes(
                    partitions.stream().collect(Collectors.toMap(p -> p, p -> since.toEpochMilli())), timeout);
            for (TopicPartition partition : partitions) {
                OffsetAndTimestamp offset = start.get(partition);
                if (offset == null) {
                    consumer.seek(partition, end.get(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            }
            while (Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    seen.add(record);
                    if (done.test(record)) {
                        return seen;
                    }
                }
            }
        }
        return seen;
    }

    /** The value of a record as UTF-8 text (events are JSON). */
    public static String text(ConsumerRecord<String, byte[]> record) {
        return record.value() == null ? null : new String(record.value(), java.nio.charset.StandardCharsets.UTF_8);
    }
}
