package org.centinela.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.testing.PackagedApp;
import org.junit.jupiter.api.Test;

/**
 * A database fail-over while SOS signals arrive loses none of them: escalation runs on a PostgreSQL server of this
 * test's own, which is crashed (stopped at once) while assessed signals keep coming, and started again only once
 * escalation has been waiting for it for longer than the few seconds it used to try before dead-lettering (six
 * failed attempts: 100 ms doubling, over six seconds). Every signal then opens its alert, and nothing reaches the
 * dead-letter topic. The signals go through topics and a consumer group of this run's own, so that neither other
 * tests' traffic nor the stack's escalation take part.
 */
class DatabaseFailoverIT {

    private static final String DATABASE = "centinela_escalation";
    private static final String CHANNEL = "signals-assessed";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final Pattern SAMPLE = Pattern.compile("^(centinela_consumer_[a-z_]+)\\{([^}]*)} ([0-9.eE+-]+)$",
            Pattern.MULTILINE);

    private final String run = "failover-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String assessedTopic = run + ".signals.assessed";
    private final String deadLetterTopic = assessedTopic + ".dlq";

    @Test
    void everySignalOpensItsAlertThroughADatabaseCrashAndNoneIsDeadLettered() throws Exception {
        createTopics();
        try (OwnPostgres postgres = OwnPostgres.start("failover-it-postgres", DATABASE);
                PackagedApp escalation = PackagedApp.start("escalation-failover-it", settings(postgres));
                KafkaProducer<String, byte[]> producer = producer()) {
            List<SignalAssessed> before = publish(producer, 5);
            await().atMost(PATIENCE).until(() -> alertsOpened(postgres, before) == before.size());

            postgres.crash();
            List<SignalAssessed> during = publish(producer, 10);
            await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
                Map<String, Double> metrics = metrics(escalation);
                return metrics.getOrDefault("waiting", 0.0) == 1.0 && metrics.getOrDefault("retries", 0.0) >= 6;
            });
            postgres.start();
            List<SignalAssessed> after = publish(producer, 5);

            List<SignalAssessed> all = new ArrayList<>(before);
            all.addAll(during);
            all.addAll(after);
            await().atMost(PATIENCE).until(() -> alertsOpened(postgres, all) == all.size());
            assertThat(deadLettered()).as("records on " + deadLetterTopic).isZero();
            await().atMost(PATIENCE).until(() -> metrics(escalation).getOrDefault("waiting", -1.0) == 0.0);
        }
    }

    private Map<String, String> settings(OwnPostgres postgres) {
        Map<String, String> settings = new HashMap<>();
        settings.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE));
        settings.put("%it.quarkus.datasource.jdbc.url", postgres.jdbcUrl(DATABASE));
        // Its own topics and group for every channel: it takes no other test's records, nor they its.
        for (String channel : List.of("signals-received", CHANNEL, "alert-responses", "notification-status")) {
            String topic = channel.equals(CHANNEL) ? assessedTopic : run + "." + channel;
            settings.put("mp.messaging.incoming." + channel + ".topic", topic);
            settings.put("mp.messaging.incoming." + channel + ".group.id", run);
            settings.put("mp.messaging.incoming." + channel + ".dead-letter-queue.topic", topic + ".dlq");
        }
        // What its alerts would publish stays in its own outbox: nobody is notified of these drills.
        settings.put("centinela.outbox.relay-enabled", "false");
        settings.put("escalation.directory.republish-if-topic-new", "false");
        return settings;
    }

    private void createTopics() throws Exception {
        List<NewTopic> topics = new ArrayList<>();
        topics.add(new NewTopic(assessedTopic, 3, (short) 1));
        topics.add(new NewTopic(deadLetterTopic, 1, (short) 1));
        for (String channel : List.of("signals-received", "alert-responses", "notification-status")) {
            topics.add(new NewTopic(run + "." + channel, 1, (short) 1));
            topics.add(new NewTopic(run + "." + channel + ".dlq", 1, (short) 1));
        }
        try (Admin admin = admin()) {
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        }
    }

    private long deadLettered() throws Exception {
        try (Admin admin = admin()) {
            return admin.listOffsets(Map.of(new TopicPartition(deadLetterTopic, 0), OffsetSpec.latest())).all()
                    .get(30, TimeUnit.SECONDS).values().iterator().next().offset();
        }
    }

    private static Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092"));
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092",
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
    }

    /** {@code count} panics of as many defenders, each of whom has no alert yet: each must open one. */
    private List<SignalAssessed> publish(KafkaProducer<String, byte[]> producer, int count) throws Exception {
        List<SignalAssessed> signals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SignalAssessed signal = LiveNetwork.panic("def-" + UUID.randomUUID(), Grade.HIGH);
            producer.send(new ProducerRecord<>(assessedTopic, signal.key(), EventJson.write(signal)))
                    .get(10, TimeUnit.SECONDS);
            signals.add(signal);
        }
        return signals;
    }

    /** How many of {@code signals} opened an alert of their defender; 0 while the server is down. */
    private static int alertsOpened(OwnPostgres postgres, List<SignalAssessed> signals) {
        String sql = "SELECT count(*) FROM alert_signal s JOIN alert a ON a.id = s.alert_id"
                + " WHERE s.signal_id = ANY (?) AND a.defender_id = ANY (?)";
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl(DATABASE), OwnPostgres.USER, "");
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setArray(1, connection.createArrayOf("uuid", signals.stream().map(SignalAssessed::signalId).toArray()));
            query.setArray(2, connection.createArrayOf("varchar",
                    signals.stream().map(SignalAssessed::defenderId).toArray()));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException down) {
            return 0;
        }
    }

    /** The consumer's gauge {@code waiting} and its {@code retries} (all reasons) for the assessed signals' channel. */
    private static Map<String, Double> metrics(PackagedApp app) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(app.managementUrl() + "/q/metrics")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Double> metrics = new HashMap<>();
        Matcher sample = SAMPLE.matcher(response.body());
        while (sample.find()) {
            if (!sample.group(2).contains("channel=\"" + CHANNEL + "\"")) {
                continue;
            }
            double value = Double.parseDouble(sample.group(3));
            switch (sample.group(1)) {
                case "centinela_consumer_waiting" -> metrics.merge("waiting", value, Double::sum);
                case "centinela_consumer_retries_total" -> metrics.merge("retries", value, Double::sum);
                default -> {
                }
            }
        }
        return metrics;
    }
}
