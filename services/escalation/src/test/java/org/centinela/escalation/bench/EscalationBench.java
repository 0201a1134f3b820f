package org.centinela.escalation.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.contracts.notification.Channel.EMAIL;
import static org.centinela.contracts.notification.Channel.SMS;
import static org.centinela.contracts.notification.Channel.VOICE;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.Topics;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.application.RaiseAlert;
import org.centinela.escalation.application.engine.FakeNetwork;
import org.centinela.escalation.application.engine.FakePolicies;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's figures on this machine, printed (run with {@code make bench-escalation}; never part of
 * {@code make test}): how late steps fire with 10,000 open escalations, and how long one CRITICAL alert
 * takes to publish its 600 requests to 200 responders on three channels. The real database and broker,
 * the real step timer and outbox relay, on the database {@code centinela_escalation_bench}; the network
 * and policies are held in memory.
 */
@QuarkusTest
@TestProfile(EscalationBench.Live.class)
class EscalationBench {

    static final int OPEN_ESCALATIONS = Integer.getInteger("bench.alerts", 10_000);
    static final Duration SPREAD = Duration.ofSeconds(Long.getLong("bench.spread-seconds", 60));
    static final int RESPONDERS = 200;

    /** The engine as it runs in production: its step timer and outbox relay on. */
    public static class Live implements QuarkusTestProfile {

        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(FakeNetwork.class, FakePolicies.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("escalation.steps.enabled", "true", "centinela.outbox.relay-enabled", "true",
                    // A database of its own: nothing else fires its steps, and it empties no one else's.
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/centinela_escalation_bench");
        }
    }

    @Inject
    RaiseAlert raiseAlert;
    @Inject
    FakeNetwork network;
    @Inject
    FakePolicies policies;
    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;

    @BeforeEach
    void emptyDatabase() throws SQLException {
        execute("TRUNCATE alert, alert_step, alert_timeline, alert_recipient, handled_message, unmatched_input,"
                + " outbox_event CASCADE");
        network.clear();
        policies.clear();
    }

    @Test
    void timerLatenessWithTenThousandOpenEscalations() throws Exception {
        policies.save(new EscalationPolicy("everyday", "Everyday", List.of(
                new PolicyLevel("Trusted", List.of(Target.parse("group:trusted")), Set.of(SMS), 1,
                        Duration.ofMinutes(10), Duration.ofMinutes(5)),
                new PolicyLevel("Unit", List.of(Target.parse("group:unit")), Set.of(SMS), 1,
                        Duration.ofMinutes(10), null)),
                Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2), 1));
        network.group("trusted", "r-ana", "r-bea").group("unit", "r-caro").responder("r-ana", SMS)
                .responder("r-bea", SMS).responder("r-caro", SMS);
        IntStream.range(0, OPEN_ESCALATIONS).forEach(i -> network.defender("d-" + i, "everyday"));

        long seeding = System.nanoTime();
        ExecutorService seeders = Executors.newFixedThreadPool(2);
        AtomicInteger opened = new AtomicInteger();
        IntStream.range(0, OPEN_ESCALATIONS).forEach(i -> seeders.execute(() -> {
            raiseAlert.apply(panic("d-" + i, Grade.HIGH));
            opened.incrementAndGet();
        }));
        seeders.shutdown();
        assertThat(seeders.awaitTermination(10, TimeUnit.MINUTES)).isTrue();
        double seededSeconds = (System.nanoTime() - seeding) / 1e9;
        assertThat(opened.get()).isEqualTo(OPEN_ESCALATIONS);

        // Every escalation's next steps, spread evenly over the coming minute as in a network that runs all day.
        int steps = count("SELECT count(*) FROM alert_step");
        execute("UPDATE alert_step SET due_at = now() + interval '2 seconds' + random() * interval '"
                + SPREAD.toSeconds() + " seconds'");
        Timer lateness = registry.find("escalation.step.lateness").timer();
        long firedBefore = lateness.count();
        Instant end = Instant.now().plus(SPREAD).plusSeconds(2);
        while (Instant.now().isBefore(end) || count("SELECT count(*) FROM alert_step WHERE due_at <= now()") > 0) {
            Thread.sleep(1000);
            System.out.printf("  … %d steps fired, %d due and waiting%n", lateness.count() - firedBefore,
                    count("SELECT count(*) FROM alert_step WHERE due_at <= now()"));
        }
        HistogramSnapshot snapshot = lateness.takeSnapshot();
        System.out.printf("%n== Timer lateness with %,d open escalations (%,d steps due over %d s) ==%n",
                OPEN_ESCALATIONS, steps, SPREAD.toSeconds());
        System.out.printf("seeded in %.1f s (%.0f alerts/s, each notifying 2 people)%n", seededSeconds,
                OPEN_ESCALATIONS / seededSeconds);
        System.out.printf("steps fired: %,d%n", lateness.count() - firedBefore);
        for (ValueAtPercentile percentile : snapshot.percentileValues()) {
            System.out.printf("lateness p%.0f: %.0f ms%n", percentile.percentile() * 100,
                    percentile.value(TimeUnit.MILLISECONDS));
        }
        System.out.printf("lateness max: %.0f ms (target p99 ≤ 1000 ms)%n%n", snapshot.max(TimeUnit.MILLISECONDS));
        assertThat(lateness.count() - firedBefore).as("every step fired").isGreaterThanOrEqualTo(steps);
    }

    @Test
    void fanOutOfOneCriticalAlertToTwoHundredRespondersOnThreeChannels() throws Exception {
        policies.save(new EscalationPolicy("wide", "Wide", List.of(
                new PolicyLevel("Everyone", List.of(Target.parse("group:everyone")), Set.of(SMS, VOICE, EMAIL),
                        3, Duration.ofMinutes(5), Duration.ofMinutes(1))),
                Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 1), 1));
        String[] everyone = IntStream.range(0, RESPONDERS).mapToObj(i -> "r-" + i).toArray(String[]::new);
        network.group("everyone", everyone);
        for (String responder : everyone) {
            network.responder(responder, SMS, VOICE, EMAIL);
        }
        network.defender("d-fan", "wide");
        raiseAlert.apply(panic("d-warm-up", Grade.LOW));

        Instant start = Instant.now();
        long started = System.nanoTime();
        UUID alertId = raiseAlert.apply(panic("d-fan", Grade.CRITICAL)).orElseThrow();
        double committedMs = (System.nanoTime() - started) / 1e6;
        AtomicInteger requests = new AtomicInteger();
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.NOTIFICATIONS_REQUESTED, start)
                .until(record -> alertId.toString().equals(record.key())
                        && requests.incrementAndGet() == RESPONDERS * 3, Duration.ofSeconds(30));
        long lastPublished = seen.stream().filter(record -> alertId.toString().equals(record.key()))
                .mapToLong(ConsumerRecord::timestamp).max().orElseThrow();

        System.out.printf("%n== Fan-out of one CRITICAL alert to %d responders on 3 channels ==%n", RESPONDERS);
        System.out.printf("requests published: %d%n", requests.get());
        System.out.printf("alert opened and its requests committed: %.0f ms%n", committedMs);
        System.out.printf("all requests published to Kafka: %d ms after the signal (target ≤ 2000 ms)%n%n",
                lastPublished - start.toEpochMilli());
        assertThat(requests.get()).isEqualTo(RESPONDERS * 3);
    }

    private static SignalAssessed panic(String defender, Grade grade) {
        return new SignalAssessed(UUID.randomUUID(), defender, true, SignalType.PANIC, SignalSource.SMS, Instant.now(),
                70, grade, 1, List.of(), false, null, null, null);
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }
}
