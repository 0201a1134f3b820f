package org.centinela.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.kafka.CloudEventHeaders;
import org.centinela.loops.RunningLoops;
import org.centinela.testing.TopicWatcher;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay on the local stack's broker: a fan-out of 600 events appended together, and a tombstone,
 * reach their topic in order with their keys, soon after the commit woke it.
 */
class OutboxRelayIT {

    private static final String TOPIC = SampleEvent.TOPIC;
    private static final int FAN_OUT = 600;

    private Connection connection;
    private DataSource dataSource;
    private OutboxRelay relay;
    private JdbcOutbox outbox;

    private static final String BOOTSTRAP = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");

    @BeforeAll
    static void aTopicOfItsOwn() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            if (!admin.listTopics().names().get(30, TimeUnit.SECONDS).contains(TOPIC)) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
    }

    @BeforeEach
    void aRelayOnTheLocalBroker() throws Exception {
        connection = OneConnection.withTemporaryOutbox();
        Config config = new SmallRyeConfigBuilder().withDefaultValue("kafka.bootstrap.servers", BOOTSTRAP).build();
        dataSource = OneConnection.of(connection);
        relay = new OutboxRelay(dataSource, new RunningLoops(new SimpleMeterRegistry()), new SimpleMeterRegistry(), config, "outbox-it",
                Duration.ofSeconds(5), true, Duration.ofHours(1), Duration.ofSeconds(1));
        relay.start(null);
        outbox = new JdbcOutbox(dataSource, Clock.systemUTC(), new TestTransactions(), relay::wake);
    }

    @AfterEach
    void stop() throws Exception {
        relay.stop(null);
        connection.close();
    }

    @Test
    void aFanOutAppendedTogetherIsPublishedInOrderRightAfterItsCommit() throws Exception {
        String alert = "alert-" + UUID.randomUUID();
        outbox.append(new SampleEvent(alert, "the producer knows the topic, as a running service's does"));
        untilAllConfirmed(1, Instant.now());
        Instant start = Instant.now();

        outbox.appendAll(IntStream.range(0, FAN_OUT).mapToObj(i -> new SampleEvent(alert, "request " + i)).toList());
        outbox.tombstone(TOPIC, alert);

        Duration took = untilAllConfirmed(FAN_OUT + 2, start);

        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(TOPIC, start)
                .until(record -> alert.equals(record.key()) && record.value() == null, Duration.ofSeconds(30));
        List<ConsumerRecord<String, byte[]>> mine = seen.stream().filter(record -> alert.equals(record.key())).toList();
        mine = mine.subList(mine.size() - FAN_OUT - 1, mine.size());
        assertThat(mine).hasSize(FAN_OUT + 1);
        assertThat(mine.subList(0, FAN_OUT)).extracting(record -> EventJson.read(record.value(), SampleEvent.class).text())
                .containsExactlyElementsOf(IntStream.range(0, FAN_OUT).mapToObj(i -> "request " + i).toList());
        assertThat(new String(mine.get(0).headers().lastHeader(CloudEventHeaders.SOURCE_HEADER).value()))
                .isEqualTo("/centinela/outbox-it");
        assertThat(mine.get(FAN_OUT).value()).isNull();
        System.out.printf("%d events and a tombstone appended together, all confirmed by the broker %d ms later%n", FAN_OUT,
                took.toMillis());
        assertThat(took).as("the fan-out target: 600 requests of one alert out within 2 s").isLessThan(Duration.ofSeconds(2));
    }

    /** How long after {@code start} the broker had confirmed {@code rows} rows (the relay marked them published). */
    private Duration untilAllConfirmed(int rows, Instant start) throws Exception {
        Instant deadline = start.plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            try (Connection lent = dataSource.getConnection();
                    Statement count = lent.createStatement();
                    ResultSet published = count.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NOT NULL")) {
                published.next();
                if (published.getLong(1) >= rows) {
                    return Duration.between(start, Instant.now());
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the relay did not publish " + rows + " rows within 30 s");
    }
}
