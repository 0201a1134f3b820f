package org.centinela.contracts.kafka;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;
import static java.util.stream.Collectors.toSet;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.Topics;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Events over a real Kafka broker ({@code kafka.bootstrap.servers}, by default the local stack's
 * 127.0.0.1:9092): keys keep each defender's signals in order on one partition, and the CloudEvents
 * headers and JSON values arrive as they were sent.
 */
class EventsOverKafkaIT {

    private static final String BOOTSTRAP_SERVERS = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");
    private static final String SOURCE = "/centinela/contracts-it";
    private static final int DEFENDERS = 5;
    private static final int SIGNALS_PER_DEFENDER = 40;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final String topic = "it.events-over-kafka." + UUID.randomUUID();
    private Admin admin;

    @BeforeEach
    void createTopic() throws InterruptedException {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP_SERVERS));
        try {
            admin.createTopics(List.of(new NewTopic(topic, Topics.MIN_PARTITIONS, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            admin.close(Duration.ZERO);
            admin = null;
            throw new IllegalStateException("No Kafka broker created a topic at " + BOOTSTRAP_SERVERS
                    + "; start the local stack (deploy/local/stack.sh) or set -Dkafka.bootstrap.servers", e);
        }
    }

    @AfterEach
    void deleteTopic() throws Exception {
        if (admin == null) {
            return;
        }
        try {
            admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } finally {
            admin.close(Duration.ofSeconds(10));
        }
    }

    @Test
    void eachDefendersSignalsArriveInOrderOnOnePartitionWithTheirHeaders() throws Exception {
        List<SignalReceived> sent = interleavedSignals();
        Map<UUID, CloudEventAttributes> attributesSent = produce(sent);

        List<ConsumerRecord<String, SignalReceived>> received = consume(sent.size());

        assertThat(received).hasSize(sent.size());
        assertThat(inOrderByKey(received.stream().map(ConsumerRecord::value).toList()))
                .isEqualTo(inOrderByKey(sent));
        Map<String, Set<Integer>> partitionsByKey = received.stream()
                .collect(groupingBy(ConsumerRecord::key, mapping(ConsumerRecord::partition, toSet())));
        assertThat(partitionsByKey).hasSize(DEFENDERS).allSatisfy((key, partitions) -> assertThat(partitions)
                .as("partitions of %s", key).hasSize(1));
        assertThat(partitionsByKey.values().stream().flatMap(Set::stream).distinct()).hasSizeGreaterThan(1);
        assertThat(received).allSatisfy(record -> {
            assertThat(record.key()).isEqualTo(record.value().key());
            assertThat(CloudEventHeaders.read(record.headers()))
                    .isEqualTo(attributesSent.get(record.value().signalId()));
        });
    }

    /** Forty signals from each of five defenders, the defenders taking turns. */
    private static List<SignalReceived> interleavedSignals() {
        Instant start = Instant.parse("2025-03-08T14:00:00Z");
        List<SignalReceived> signals = new ArrayList<>();
        for (int n = 0; n < SIGNALS_PER_DEFENDER; n++) {
            for (int defender = 1; defender <= DEFENDERS; defender++) {
                signals.add(new SignalReceived(UUID.randomUUID(), "defender-" + defender, true,
                        n % 2 == 0 ? SignalType.PANIC : SignalType.CHECKIN_MISSED, SignalSource.APP,
                        start.plusSeconds(n), "señal " + n + " de defensora " + defender,
                        new Location(14.6 + defender / 100.0, -90.5 - n / 1000.0, 10.0 * n), null));
            }
        }
        return signals;
    }

    private Map<UUID, CloudEventAttributes> produce(List<SignalReceived> signals) throws Exception {
        Map<UUID, CloudEventAttributes> attributes = new HashMap<>();
        List<Future<RecordMetadata>> acknowledgements = new ArrayList<>();
        try (KafkaProducer<String, SignalReceived> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP_SERVERS,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(), new EventSerializer<>())) {
            for (SignalReceived signal : signals) {
                ProducerRecord<String, SignalReceived> record = new ProducerRecord<>(topic, signal.key(), signal);
                CloudEventAttributes ce = CloudEventAttributes.of(signal, SOURCE, signal.receivedAt());
                CloudEventHeaders.write(record.headers(), ce);
                attributes.put(signal.signalId(), ce);
                acknowledgements.add(producer.send(record));
            }
            producer.flush();
            for (Future<RecordMetadata> acknowledgement : acknowledgements) {
                acknowledgement.get(30, TimeUnit.SECONDS);
            }
        }
        return attributes;
    }

    private List<ConsumerRecord<String, SignalReceived>> consume(int expected) {
        List<ConsumerRecord<String, SignalReceived>> received = new ArrayList<>();
        try (KafkaConsumer<String, SignalReceived> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP_SERVERS,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(),
                new SignalReceivedDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            assertThat(partitions).hasSize(Topics.MIN_PARTITIONS);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(PATIENCE);
            while (received.size() < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(500)).forEach(received::add);
            }
        }
        return received;
    }

    private static Map<String, List<SignalReceived>> inOrderByKey(List<SignalReceived> signals) {
        return signals.stream().collect(groupingBy(SignalReceived::key, LinkedHashMap::new, toList()));
    }
}
