package org.centinela.risk;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.testing.LocalKeycloak;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.Test;

/** The packaged risk-scoring on the real broker: order per defender, poison to the DLQ, model changes. */
@QuarkusIntegrationTest
class RiskScoringKafkaIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void eachDefendersSignalsAreAssessedInTheOrderTheyCame() {
        Instant start = Instant.now();
        Map<String, List<UUID>> sent = new LinkedHashMap<>();
        List<SignalReceived> interleaved = new ArrayList<>();
        for (int round = 0; round < 15; round++) {
            for (int d = 0; d < 3; d++) {
                String defender = "order-" + d + "-" + start.toEpochMilli();
                SignalReceived signal = Signals.panic(defender, "SOS " + round);
                sent.computeIfAbsent(defender, k -> new ArrayList<>()).add(signal.signalId());
                interleaved.add(signal);
            }
        }
        send(interleaved.stream().map(s -> new ProducerRecord<>(Topics.SIGNALS_RECEIVED, s.key(), EventJson.write(s))).toList());

        Set<UUID> expected = new HashSet<>();
        sent.values().forEach(expected::addAll);
        Set<UUID> seenIds = new HashSet<>();
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.SIGNALS_ASSESSED, start).until(record -> {
            if (sent.containsKey(record.key())) {
                seenIds.add(EventJson.read(record.value(), SignalAssessed.class).signalId());
            }
            return seenIds.containsAll(expected);
        }, PATIENCE);

        Map<String, List<UUID>> assessed = new LinkedHashMap<>();
        seen.stream().filter(r -> sent.containsKey(r.key())).forEach(r -> assessed
                .computeIfAbsent(r.key(), k -> new ArrayList<>()).add(EventJson.read(r.value(), SignalAssessed.class).signalId()));
        assertThat(assessed).isEqualTo(sent);
    }

    @Test
    void aPoisonMessageGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsAssessed() {
        Instant start = Instant.now();
        String key = "poison-" + UUID.randomUUID();
        SignalReceived after = Signals.panic(key, "SOS after the poison");
        send(List.of(new ProducerRecord<>(Topics.SIGNALS_RECEIVED, key, "{not json".getBytes(StandardCharsets.UTF_8)),
                new ProducerRecord<>(Topics.SIGNALS_RECEIVED, key, EventJson.write(after))));

        List<ConsumerRecord<String, byte[]>> dead = TopicWatcher.since(Topics.deadLetter(Topics.SIGNALS_RECEIVED), start)
                .until(r -> key.equals(r.key()), PATIENCE);
        ConsumerRecord<String, byte[]> poison = dead.get(dead.size() - 1);
        assertThat(poison.key()).isEqualTo(key);
        assertThat(poison.headers().lastHeader("dead-letter-reason")).isNotNull();
        List<ConsumerRecord<String, byte[]>> assessed = TopicWatcher.since(Topics.SIGNALS_ASSESSED, start)
                .until(r -> key.equals(r.key()), PATIENCE);
        assertThat(EventJson.read(assessed.get(assessed.size() - 1).value(), SignalAssessed.class).signalId())
                .isEqualTo(after.signalId());
    }

    @Test
    void aModelChangeIsAppliedToTheNextSignal() {
        String token = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        JsonPath current = given().auth().oauth2(token).when().get("/api/v1/risk/model").then().statusCode(200)
                .extract().jsonPath();
        Map<String, Object> model = current.getMap("model");
        int saved = given().auth().oauth2(token).contentType("application/json").body(model)
                .when().put("/api/v1/risk/model").then().statusCode(200).extract().path("version");

        Instant start = Instant.now();
        SignalReceived next = Signals.panic("model-" + UUID.randomUUID(), "SOS");
        send(List.of(new ProducerRecord<>(Topics.SIGNALS_RECEIVED, next.key(), EventJson.write(next))));

        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.SIGNALS_ASSESSED, start)
                .until(r -> next.key().equals(r.key()), PATIENCE);
        assertThat(EventJson.read(seen.get(seen.size() - 1).value(), SignalAssessed.class).modelVersion()).isEqualTo(saved);
    }

    private static void send(List<ProducerRecord<String, byte[]>> records) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            records.forEach(producer::send);
        }
    }
}
