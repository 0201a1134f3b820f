package org.centinela.notification.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.LocalPhones;
import org.centinela.notification.People;

/**
 * How fast notification sends: the packaged app and the packaged Twilio sandbox (started here, on free
 * ports, against the local stack's Kafka, PostgreSQL and GreenMail), with the production rate limit off.
 * One CRITICAL alert asks for {@code responders} × (SMS, call, e-mail) in one burst on
 * {@code notifications.requested}; the benchmark prints how long the whole fan-out took to drain (every
 * request taken by Twilio or the SMTP relay) and the send rate of each channel. A first, smaller alert
 * warms the JVMs up and is not counted.
 */
public final class DrainBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(3);

    private DrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int responders = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        String senders = args.length > 1 ? args[1] : "16";
        List<String> people = new ArrayList<>();
        for (int i = 0; i < responders; i++) {
            String id = "bench-" + UUID.randomUUID();
            people.add(id);
        }
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (String id : people) {
                send(producer, People.responder(id, People.uniquePhone(), id + "@bench.example.org", "es"));
            }
        }
        System.out.printf("starting the Twilio sandbox and notification (%s senders, rate limit off) ...%n", senders);
        try (LocalPhones phones = LocalPhones.start(Map.of("notification.dispatch.workers", senders,
                "quarkus.log.level", "WARN"))) {
            drain(phones, "warm-up", people.subList(0, Math.min(20, people.size())), false);
            phones.resetSandbox();
            Result result = drain(phones, "fan-out", people, true);
            long messages = phones.sandbox().when().get("/sandbox/messages").then().extract().jsonPath().getList("$").size();
            long calls = phones.sandbox().when().get("/sandbox/calls").then().extract().jsonPath().getList("$").size();
            System.out.printf("the sandbox holds %d SMS and %d calls for %d responders (each exactly once: %s)%n",
                    messages, calls, responders, messages == responders && calls == responders ? "yes" : "NO");
            if (!result.complete()) {
                System.exit(1);
            }
        }
    }

    private record Result(boolean complete) {
    }

    /** One CRITICAL alert to every one of {@code people} on the three channels; waits until all are taken. */
    private static Result drain(LocalPhones phones, String name, List<String> people, boolean report) throws Exception {
        UUID alert = UUID.randomUUID();
        List<NotificationRequested> requests = new ArrayList<>();
        for (String person : people) {
            for (Channel channel : Channel.values()) {
                requests.add(NotificationRequested.of(alert, "4821", person, channel, NotificationPurpose.ALERT,
                        Grade.CRITICAL, 2, 0, Instant.now()));
            }
        }
        Instant start = Instant.now();
        phones.requests(requests);
        Instant published = Instant.now();
        Instant deadline = start.plus(LIMIT);
        long taken = 0;
        while (Instant.now().isBefore(deadline)) {
            taken = LocalPhones.count("SELECT count(*) FROM notification_delivery WHERE alert_id = ?"
                    + " AND status NOT IN ('WAITING', 'SENDING')", alert);
            if (taken == requests.size()) {
                break;
            }
            Thread.sleep(20);
        }
        if (!report) {
            return new Result(taken == requests.size());
        }
        System.out.printf("%n%s: %d requests of one CRITICAL alert (%d responders x SMS, call, e-mail)%n", name,
                requests.size(), people.size());
        System.out.printf("  published to the requests topic in %d ms%n", Duration.between(start, published).toMillis());
        try (Connection connection = DriverManager.getConnection(LocalPhones.DATABASE, "centinela", "centinela");
                PreparedStatement select = connection.prepareStatement("SELECT channel, count(*),"
                        + " count(*) FILTER (WHERE status = 'FAILED'), min(created_at), min(attempt_started_at),"
                        + " max(updated_at), sum(attempts) FROM notification_delivery WHERE alert_id = ? GROUP BY channel"
                        + " ORDER BY channel")) {
            select.setObject(1, alert);
            Instant lastTaken = start;
            long total = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long count = rows.getLong(2);
                    Instant firstAttempt = rows.getTimestamp(5).toInstant();
                    Instant last = rows.getTimestamp(6).toInstant();
                    lastTaken = last.isAfter(lastTaken) ? last : lastTaken;
                    total += count;
                    double seconds = Math.max(Duration.between(firstAttempt, last).toMillis(), 1) / 1000.0;
                    System.out.printf("  %-5s %4d sent (%d failed, %d attempts) at %7.1f per second through %s%n",
                            rows.getString(1), count, rows.getLong(3), rows.getLong(7), count / seconds,
                            "EMAIL".equals(rows.getString(1)) ? "GreenMail" : "the Twilio sandbox");
                }
            }
            double drain = Duration.between(start, lastTaken).toMillis() / 1000.0;
            System.out.printf("  all %d taken by the providers %.2f s after the first request was published"
                    + " (%.0f sends per second overall)%n", total, drain, total / Math.max(drain, 0.001));
        }
        if (taken < requests.size()) {
            System.out.printf("  incomplete: %d of %d not taken within %s%n", requests.size() - taken, requests.size(), LIMIT);
        }
        return new Result(taken == requests.size());
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPhones.BOOTSTRAP);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, CentinelaEvent event) {
        producer.send(new ProducerRecord<>(event.topic(), event.key(), EventJson.write(event)));
    }
}
