package org.centinela.system.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.centinela.testing.Mailbox;

/**
 * What happened, from sources that are not the services' word about themselves: every record of the topics (read
 * with a plain KafkaConsumer from the start to the end offsets of the moment), every SMS and call the Twilio sandbox
 * carried, and every e-mail in the allies' mailboxes at GreenMail.
 */
final class Evidence {

    /** One record of a topic: its key, its JSON value (null when not JSON), its partition and offset. */
    record Event(String topic, String key, JsonNode value, int partition, long offset) {
    }

    final Map<String, List<Event>> topics = new HashMap<>();
    /** Outbound SMS of the sandbox by the number they went to. */
    final Map<String, List<JsonNode>> smsTo = new HashMap<>();
    /** Calls of the sandbox by the number they went to. */
    final Map<String, List<JsonNode>> callsTo = new HashMap<>();
    /**
     * E-mails by address, one per Message-ID: notification sends an e-mail again with the same Message-ID when it
     * cannot know whether SMTP took the first (a timeout, a crash), and mail programs show such copies once.
     */
    final Map<String, Integer> emailsTo = new HashMap<>();
    /** Copies of an e-mail already counted (same address, same Message-ID): SMTP's own at-least-once. */
    int emailCopiesResent;

    static Evidence collect(Map<String, String> at, List<Episode> episodes) {
        Evidence evidence = new Evidence();
        evidence.readTopics(at.get("kafka"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (JsonNode sms : get(http, at.get("sandbox") + "/sandbox/messages")) {
            if ("outbound".equals(sms.path("direction").asText())) {
                evidence.smsTo.computeIfAbsent(sms.path("to").asText(), to -> new ArrayList<>()).add(sms);
            }
        }
        for (JsonNode call : get(http, at.get("sandbox") + "/sandbox/calls")) {
            evidence.callsTo.computeIfAbsent(call.path("to").asText(), to -> new ArrayList<>()).add(call);
        }
        for (Episode episode : episodes) {
            if (episode.ally != null) {
                List<Mailbox.Email> emails = Mailbox.of(episode.ally.email()).emails();
                long messages = emails.stream()
                        .map(email -> email.messageId() == null ? new Object() : email.messageId()).distinct().count();
                evidence.emailsTo.put(episode.ally.email(), (int) messages);
                evidence.emailCopiesResent += emails.size() - (int) messages;
            }
        }
        return evidence;
    }

    List<Event> topic(String name) {
        return topics.getOrDefault(name, List.of());
    }

    static Instant instant(JsonNode node, String field) {
        return node.hasNonNull(field) ? Instant.parse(node.get(field).asText()) : null;
    }

    private void readTopics(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            consumer.listTopics(Duration.ofSeconds(30)).forEach((topic, infos) -> {
                if (!topic.startsWith("__")) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            });
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            Map<TopicPartition, Long> remaining = new HashMap<>(end);
            remaining.entrySet().removeIf(entry -> entry.getValue() == 0);
            long deadline = System.currentTimeMillis() + 120_000;
            while (!remaining.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    topics.computeIfAbsent(record.topic(), topic -> new ArrayList<>()).add(new Event(record.topic(),
                            record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                            parse(record.value()), record.partition(), record.offset()));
                }
                remaining.entrySet().removeIf(entry -> {
                    TopicPartition partition = entry.getKey();
                    return consumer.position(partition) >= entry.getValue();
                });
            }
            if (!remaining.isEmpty()) {
                throw new IllegalStateException("could not read the topics to their end: " + remaining.keySet());
            }
        }
    }

    private static JsonNode parse(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            return Load.json(new String(value, StandardCharsets.UTF_8));
        } catch (IllegalStateException notJson) {
            return null;
        }
    }

    private static JsonNode get(HttpClient http, String url) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
            return Load.json(response.body());
        } catch (IOException e) {
            throw new IllegalStateException(url + " is not reachable: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
