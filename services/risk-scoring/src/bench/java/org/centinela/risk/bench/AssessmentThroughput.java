package org.centinela.risk.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;

/**
 * End-to-end throughput of a running risk-scoring on the real broker: sends {@code signals} signals to
 * {@code signals.received} as fast as the producer goes, and times until every one of them is on
 * {@code signals.assessed}. Bounded: it gives up after two minutes and says how many arrived.
 */
public final class AssessmentThroughput {

    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");
    private static final Duration LIMIT = Duration.ofMinutes(2);

    private AssessmentThroughput() {
    }

    public static void main(String[] args) {
        int signals = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String run = "bench-" + Instant.now().toEpochMilli();
        try (KafkaConsumer<String, byte[]> consumer = consumerAtTheEnd()) {
            Instant start = Instant.now();
            Set<UUID> pending = send(signals, run);
            Instant sent = Instant.now();
            Instant deadline = sent.plus(LIMIT);
            while (!pending.isEmpty() && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key() != null && record.key().startsWith(run)) {
                        pending.remove(EventJson.read(record.value(), SignalAssessed.class).signalId());
                    }
                }
            }
            report(signals, signals - pending.size(), start, sent, Instant.now());
        }
    }

    private static Set<UUID> send(int signals, String run) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        Set<UUID> ids = new HashSet<>();
        Instant start = Instant.now();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < signals; i++) {
                SignalReceived signal = new SignalReceived(UUID.randomUUID(), run + "-" + (i % 500), true,
                        i % 3 == 0 ? SignalType.REPORT : SignalType.PANIC, SignalSource.SMS, Instant.now(),
                        i % 3 == 0 ? null : "SOS me siguen dos hombres armados en moto", null,
                        i % 3 == 0 ? new org.centinela.contracts.signal.IncidentReport(
                                org.centinela.contracts.signal.ViolenceType.THREAT,
                                org.centinela.contracts.signal.PerpetratorType.UNKNOWN, null, null,
                                "Nos amenazaron por teléfono y dijeron que saben dónde vivimos") : null);
                ids.add(signal.signalId());
                producer.send(new ProducerRecord<>(Topics.SIGNALS_RECEIVED, signal.key(), EventJson.write(signal)));
            }
        }
        System.out.printf("sent      %,d signals in %.2f s%n", signals, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        return ids;
    }

    private static KafkaConsumer<String, byte[]> consumerAtTheEnd() {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.SIGNALS_ASSESSED).stream()
                .map(p -> new TopicPartition(Topics.SIGNALS_ASSESSED, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        end.forEach(consumer::seek);
        return consumer;
    }

    private static void report(int sent, int assessed, Instant start, Instant lastSent, Instant end) {
        double seconds = Duration.between(start, end).toMillis() / 1000.0;
        System.out.printf("assessed  %,d of %,d, the last %.2f s after the last was sent%n", assessed, sent,
                Duration.between(lastSent, end).toMillis() / 1000.0);
        System.out.printf("throughput %,.0f signals/s end to end, from the first sent to the last assessed"
                + " (one risk-scoring instance)%n", assessed / Math.max(seconds, 0.001));
        if (assessed < sent) {
            System.out.printf("incomplete: %,d not assessed within %s%n", sent - assessed, LIMIT);
        }
    }
}
