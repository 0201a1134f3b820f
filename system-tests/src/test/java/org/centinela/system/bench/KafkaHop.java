package org.centinela.system.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * One bare Kafka hop on the broker the services use, measured as Kafka's own
 * {@code org.apache.kafka.tools.EndToEndLatency} does (one record at a time: sent with {@code acks=all}, then
 * polled by a consumer of the same partition), with the clock read in nanoseconds instead of milliseconds.
 */
final class KafkaHop {

    static final String TOPIC = "bench.kafka-hop";

    private KafkaHop() {
    }

    /** {@code count} hops of {@code size}-byte records, after {@code warmUp} hops that are not counted. */
    static Latencies measure(String bootstrap, int warmUp, int count, int size) {
        Properties producerConfig = new Properties();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        Properties consumerConfig = new Properties();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-kafka-hop-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 500);
        byte[] value = new byte[size];
        List<Double> millis = new ArrayList<>();
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(),
                new ByteArraySerializer());
                KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                        new ByteArrayDeserializer())) {
            // The first record creates the topic if needed; then the consumer reads its partition 0 from the end.
            producer.send(new ProducerRecord<>(TOPIC, 0, null, value)).get(30, TimeUnit.SECONDS);
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            for (int i = 0; i < warmUp + count; i++) {
                long start = System.nanoTime();
                producer.send(new ProducerRecord<>(TOPIC, 0, null, value)).get(30, TimeUnit.SECONDS);
                ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofSeconds(10));
                long elapsed = System.nanoTime() - start;
                if (records.count() != 1) {
                    throw new IllegalStateException("expected the one record just sent, read " + records.count());
                }
                if (i >= warmUp) {
                    millis.add(elapsed / 1_000_000.0);
                }
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the Kafka hop failed on " + bootstrap, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        return Latencies.of(millis);
    }
}
