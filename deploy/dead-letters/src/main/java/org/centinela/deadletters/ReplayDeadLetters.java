package org.centinela.deadletters;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-publishes the records of a dead-letter topic ({@code <topic>.dlq}) to the topic each came from, after
 * the fix that lets its consumer read them: the topic of its {@code dead-letter-topic} header, else the
 * dead-letter topic's name without {@code .dlq}; the same key and value bytes, and the same headers but the
 * {@code dead-letter-*} ones.
 *
 * <p>Each record is replayed once: the dead-letter topic is read with a consumer group of its own
 * ({@link #group}), whose offsets are committed only after the broker confirmed (acks=all, idempotent
 * producer) every record re-published before them. A second run starts after the last confirmed record and
 * replays nothing more; a run that stops half-way (a broker that refused, a crash) is simply run again, and
 * at most the records of its last unconfirmed batch go out twice, which the consumers ignore (they keep the
 * id of each event they applied). Runs of one dead-letter topic must not overlap.
 *
 * <p>A dry run lists what would be replayed (partition, offset, reason, original topic, never a key or a
 * value: they may hold personal data) and changes nothing.
 */
public final class ReplayDeadLetters {

    static final String DLQ_SUFFIX = ".dlq";
    static final String HEADER_PREFIX = "dead-letter-";
    static final String REASON = "dead-letter-reason";
    static final String ORIGINAL_TOPIC = "dead-letter-topic";
    static final String ORIGINAL_PARTITION = "dead-letter-partition";
    static final String ORIGINAL_OFFSET = "dead-letter-offset";

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What to replay, from where, and whether to only list it. */
    public record Options(String deadLetterTopic, String bootstrapServers, boolean dryRun, Properties client) {

        public Options {
            if (deadLetterTopic == null || !deadLetterTopic.endsWith(DLQ_SUFFIX)
                    || deadLetterTopic.length() == DLQ_SUFFIX.length()) {
                throw new IllegalArgumentException("not a dead-letter topic (<topic>.dlq): " + deadLetterTopic);
            }
        }
    }

    private ReplayDeadLetters() {
    }

    /**
     * {@code --topic <topic>.dlq [--bootstrap host:port] [--dry-run] [--config client.properties]}; exits 0
     * when everything up to the end of the dead-letter topic was replayed (or listed), 1 when the broker
     * refused or could not be reached, 2 on a usage error.
     */
    public static void main(String[] args) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("replay-dlq: " + e.getMessage());
            System.err.println("usage: ReplayDeadLetters --topic <topic>.dlq [--bootstrap host:port] [--dry-run]"
                    + " [--config client.properties]");
            System.exit(2);
            return;
        }
        try {
            replay(options, System.out);
        } catch (RuntimeException e) {
            System.err.println("replay-dlq: stopped: " + e.getMessage());
            System.err.println("replay-dlq: what the broker confirmed stays replayed; run it again to go on.");
            System.exit(1);
        }
    }

    static Options parse(String[] args) throws IOException {
        String topic = null;
        String bootstrap = "127.0.0.1:9092";
        boolean dryRun = false;
        Properties client = new Properties();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--topic" -> topic = value(args, ++i);
                case "--bootstrap" -> bootstrap = value(args, ++i);
                case "--dry-run" -> dryRun = true;
                case "--config" -> {
                    try (Reader reader = Files.newBufferedReader(Path.of(value(args, ++i)))) {
                        client.load(reader);
                    }
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        return new Options(topic, bootstrap, dryRun, client);
    }

    private static String value(String[] args, int i) {
        if (i >= args.length || args[i].isBlank()) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    /** The consumer group whose offsets say how far {@code deadLetterTopic} was replayed. */
    static String group(String deadLetterTopic) {
        return "centinela-replay-" + deadLetterTopic;
    }

    /**
     * Replays (or lists) every record of the dead-letter topic after the group's committed offsets, up to
     * the end the topic had when the run began; how many records that was.
     */
    public static int replay(Options options, PrintStream out) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig(options),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
                KafkaProducer<byte[], byte[]> producer = options.dryRun() ? null
                        : new KafkaProducer<>(producerConfig(options), new ByteArraySerializer(),
                                new ByteArraySerializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(options.deadLetterTopic(), TIMEOUT).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            if (partitions.isEmpty()) {
                throw new IllegalStateException("no topic " + options.deadLetterTopic() + " on the broker");
            }
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, TIMEOUT);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions), TIMEOUT);
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                if (done == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, done.offset());
                }
            }
            int count = 0;
            while (!reachedEnd(consumer, end)) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(POLL);
                count += options.dryRun() ? list(batch, end, out) : republish(batch, end, producer, consumer, out);
            }
            out.printf("%s %d record(s) of %s%n", options.dryRun() ? "would replay" : "replayed", count,
                    options.deadLetterTopic());
            return count;
        }
    }

    private static boolean reachedEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey(), TIMEOUT) >= e.getValue());
    }

    private static int list(ConsumerRecords<byte[], byte[]> batch, Map<TopicPartition, Long> end, PrintStream out) {
        int count = 0;
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                out.println("would replay " + describe(record));
                count++;
            }
        }
        return count;
    }

    /** Re-publishes {@code batch}, waits for the broker to confirm all of it, then commits past it. */
    private static int republish(ConsumerRecords<byte[], byte[]> batch, Map<TopicPartition, Long> end,
            KafkaProducer<byte[], byte[]> producer, KafkaConsumer<byte[], byte[]> consumer, PrintStream out) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        List<ConsumerRecord<byte[], byte[]>> sent = new ArrayList<>();
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : batch) {
            TopicPartition partition = new TopicPartition(record.topic(), record.partition());
            if (record.offset() >= end.get(partition)) {
                continue;
            }
            acks.add(producer.send(new ProducerRecord<>(originalTopic(record), null, record.key(), record.value(),
                    withoutDeadLetterHeaders(record))));
            sent.add(record);
            done.put(partition, new OffsetAndMetadata(record.offset() + 1));
        }
        producer.flush();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("the broker did not confirm " + describe(sent.get(i)) + ": "
                        + e.getCause().getMessage(), e);
            }
            out.println("replayed " + describe(sent.get(i)));
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done, TIMEOUT);
        }
        return sent.size();
    }

    /** Where the record was, where it goes and why it was dead-lettered; never its key or value. */
    static String describe(ConsumerRecord<byte[], byte[]> record) {
        String from = header(record, ORIGINAL_PARTITION) == null ? ""
                : " (was partition " + header(record, ORIGINAL_PARTITION) + " offset " + header(record, ORIGINAL_OFFSET)
                        + ")";
        String reason = header(record, REASON);
        return record.topic() + "-" + record.partition() + "@" + record.offset() + " -> " + originalTopic(record) + from
                + ": " + (reason == null ? "no reason recorded" : reason.replaceAll("\\s+", " "));
    }

    /** The {@code dead-letter-topic} header, else the dead-letter topic's name without {@code .dlq}. */
    static String originalTopic(ConsumerRecord<byte[], byte[]> record) {
        String named = header(record, ORIGINAL_TOPIC);
        if (named != null && !named.isBlank()) {
            return named;
        }
        return record.topic().substring(0, record.topic().length() - DLQ_SUFFIX.length());
    }

    private static RecordHeaders withoutDeadLetterHeaders(ConsumerRecord<byte[], byte[]> record) {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            if (!header.key().startsWith(HEADER_PREFIX)) {
                headers.add(header);
            }
        }
        return headers;
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Properties consumerConfig(Options options) {
        Properties properties = common(options, "consumer");
        properties.put(ConsumerConfig.GROUP_ID_CONFIG, group(options.deadLetterTopic()));
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // A mistyped name must not create an empty dead-letter topic.
        properties.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return properties;
    }

    private static Properties producerConfig(Options options) {
        Properties properties = common(options, "producer");
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return properties;
    }

    /** The client settings given (e.g. SASL and TLS in production), then the broker and a client id. */
    private static Properties common(Options options, String role) {
        Properties properties = new Properties();
        properties.putAll(options.client());
        properties.put("bootstrap.servers", options.bootstrapServers());
        properties.put("client.id", group(options.deadLetterTopic()) + "-" + role);
        return properties;
    }
}
