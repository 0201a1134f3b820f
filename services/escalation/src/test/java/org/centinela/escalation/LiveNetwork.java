package org.centinela.escalation;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.testing.LocalKeycloak;

/**
 * A drill network built through escalation's own API on a running instance (real Keycloak token of
 * the operator), and events published to the real broker as the other services would.
 */
final class LiveNetwork {

    private final String baseUrl;
    private final String token = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    LiveNetwork(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A unique name for this run, e.g. {@code trusted-1a2b3c4d}. */
    String unique(String name) {
        return name + "-" + suffix;
    }

    String responder(String name, String... channels) {
        return api().body(Map.of("name", name, "phone", phone(), "email", name.toLowerCase() + "@example.org",
                        "language", "es", "channels", List.of(channels)))
                .when().post("/api/v1/responders").then().statusCode(201).extract().path("id");
    }

    String group(String name, String... members) {
        String id = unique(name);
        api().body(Map.of("name", name, "members", List.of(members)))
                .when().put("/api/v1/groups/" + id).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return id;
    }

    /** Level 1 reaches {@code first} on SMS, level 2 {@code second} on SMS and VOICE; durations as given. */
    String policy(String first, int firstQuorum, String escalateAfter, String repeatEvery, String second,
            int secondQuorum, String secondEscalateAfter) {
        String id = unique("drill");
        Map<String, Object> levelOne = new java.util.HashMap<>(Map.of("name", "Trusted contacts",
                "targets", List.of("group:" + first), "channels", List.of("SMS"), "quorum", firstQuorum,
                "escalateAfter", escalateAfter));
        if (repeatEvery != null) {
            levelOne.put("repeatEvery", repeatEvery);
        }
        api().body(Map.of("name", "Drill " + suffix,
                        "levels", List.of(levelOne, Map.of("name", "Protection unit", "targets", List.of("group:" + second),
                                "channels", List.of("SMS", "VOICE"), "quorum", secondQuorum,
                                "escalateAfter", secondEscalateAfter)),
                        "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 2)))
                .when().put("/api/v1/policies/" + id).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return id;
    }

    String defender(String name, String policyId) {
        return defender(Map.of("name", name, "policyId", policyId));
    }

    /** A defender of {@code fields} (name, policyId, alias …), with a phone, language, country and PINs of her own. */
    String defender(Map<String, Object> fields) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("phone", phone(), "language", "es", "country", "GT",
                "pin", "2468", "duressPin", "1357", "baselineRisk", 1));
        body.putAll(fields);
        return api().body(body).when().post("/api/v1/defenders").then().statusCode(201).extract().path("id");
    }

    RequestSpecification api() {
        return given().baseUri(baseUrl).auth().oauth2(token).contentType(ContentType.JSON);
    }

    static SignalAssessed panic(String defenderId, Grade grade) {
        return new SignalAssessed(UUID.randomUUID(), defenderId, true, SignalType.PANIC, SignalSource.SMS,
                Instant.now(), 70, grade, 1, List.of(), false, null, null, null);
    }

    /** Publishes {@code events} to their topics with their keys, as the other services do. */
    static void publish(CentinelaEvent... events) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9092");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(),
                new ByteArraySerializer())) {
            for (CentinelaEvent event : events) {
                producer.send(new ProducerRecord<>(event.topic(), event.key(), EventJson.write(event)))
                        .get(10, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not publish", e);
        }
    }

    /**
     * Forgets every pending step in the integration tests' database: drills of earlier runs (nobody
     * answers them) would otherwise go on reminding and paging every second, and crowd out the drill
     * under test.
     */
    static void forgetPendingSteps() {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:5432/centinela_escalation_test", "centinela", "centinela");
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM alert_step");
        } catch (SQLException e) {
            throw new IllegalStateException("could not clear the pending steps", e);
        }
    }

    /** A Guatemalan mobile number no other test uses. */
    private static String phone() {
        return "+5025" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }
}
