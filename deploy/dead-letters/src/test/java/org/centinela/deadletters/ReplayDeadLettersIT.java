package org.centinela.deadletters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against the local broker, on topics of this run only: three dead letters are replayed once, however often asked. */
class ReplayDeadLettersIT {

    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap", "127.0.0.1:9092");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String topic = "replay-it-" + UUID.randomUUID();
    private final String deadLetters = topic + ".dlq";
    private Admin admin;

    @BeforeEach
    void createTopics() throws Exception {
        admin = Admin.create(Map.of("bootstrap.servers", BOOTSTRAP));
        admin.createTopics(List.of(new NewTopic(topic, 2, (short) 1), new NewTopic(deadLetters, 2, (short) 1)))
                .all().get();
    }

    @AfterEach
    void deleteTopics() throws Exception {
        admin.deleteTopics(List.of(topic, deadLetters)).all().get();
        admin.deleteConsumerGroups(List.of(ReplayDeadLetters.group(deadLetters))).all().get();
        admin.close();
    }

    @Test
    void republishesEachDeadLetterOnceWithItsKeyAndValue() throws Exception {
        deadLetter("person-1", "{\"n\":1}", 0, true);
        deadLetter("person-2", "{\"n\":2}", 1, true);
        // Written by a consumer that did not name the topic: the dead-letter topic's name without .dlq.
        deadLetter("person-3", "{\"n\":3}", 0, false);

        ByteArrayOutputStream listed = new ByteArrayOutputStream();
        assertThat(ReplayDeadLetters.replay(options(true), new PrintStream(listed, true, StandardCharsets.UTF_8)))
                .isEqualTo(3);
        assertThat(listed.toString(StandardCharsets.UTF_8))
                .contains("-> " + topic, "could not read field n")
                .doesNotContain("person-", "{\"n\"");
        assertThat(read(topic)).as("a dry run publishes nothing").isEmpty();

        assertThat(ReplayDeadLetters.replay(options(false), quiet())).isEqualTo(3);
        List<ConsumerRecord<byte[], byte[]>> replayed = read(topic);
        assertThat(replayed).extracting(r -> text(r.key()) + "=" + text(r.value()))
                .containsExactlyInAnyOrder("person-1={\"n\":1}", "person-2={\"n\":2}", "person-3={\"n\":3}");
        assertThat(replayed).allSatisfy(r -> {
            assertThat(text(r.headers().lastHeader("ce_id").value())).isNotBlank();
            assertThat(r.headers()).noneMatch(h -> h.key().startsWith("dead-letter-"));
        });

        assertThat(ReplayDeadLetters.replay(options(false), quiet())).as("a second run").isZero();
        assertThat(read(topic)).hasSize(3);
    }

    private ReplayDeadLetters.Options options(boolean dryRun) {
        return new ReplayDeadLetters.Options(deadLetters, BOOTSTRAP, dryRun, new Properties());
    }

    /** A record as the services' consumers dead-letter it: its key and bytes, its headers, and why. */
    private void deadLetter(String key, String value, int originalPartition, boolean namesTopic) throws Exception {
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-reason", "could not read field n".getBytes(StandardCharsets.UTF_8));
        if (namesTopic) {
            headers.add("dead-letter-topic", topic.getBytes(StandardCharsets.UTF_8));
        }
        headers.add("dead-letter-partition", String.valueOf(originalPartition).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", "7".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", BOOTSTRAP, "acks", "all"), new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(deadLetters, null, key.getBytes(StandardCharsets.UTF_8),
                    value.getBytes(StandardCharsets.UTF_8), headers)).get();
        }
    }

    /** Everything {@code name} holds now, from its beginning to its end. */
    private static List<ConsumerRecord<byte[], byte[]>> read(String name) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of("bootstrap.servers", BOOTSTRAP),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(name, TIMEOUT).stream()
                    .map(info -> new TopicPartition(name, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                assertThat(System.nanoTime()).as("read %s within %s", name, TIMEOUT).isLessThan(deadline);
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
            return records;
        }
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
