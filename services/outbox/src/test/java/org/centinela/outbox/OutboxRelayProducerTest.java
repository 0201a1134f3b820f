package org.centinela.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.NotLeaderOrFollowerException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.loops.RunningLoops;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The relay's producer when a send fails, on the local PostgreSQL and Kafka's own mock producer: a producer that failed
 * for good is replaced and the batch goes out on the new one; one that failed for a while is kept.
 */
class OutboxRelayProducerTest {

    private Connection connection;
    private DataSource dataSource;
    private final List<MockProducer<String, byte[]>> producers = new CopyOnWriteArrayList<>();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private OutboxRelay relay;
    private JdbcOutbox outbox;

    @BeforeEach
    void aRelayOnMockProducers() throws SQLException {
        connection = OneConnection.withTemporaryOutbox();
        dataSource = OneConnection.of(connection);
        relay = new OutboxRelay(dataSource, new RunningLoops(new SimpleMeterRegistry()), registry,
                new SmallRyeConfigBuilder().build(), "outbox-test", Duration.ofSeconds(1), true, Duration.ofHours(1),
                Duration.ofHours(1), properties -> {
                    MockProducer<String, byte[]> producer = new MockProducer<>(false, null, new StringSerializer(),
                            new ByteArraySerializer());
                    producers.add(producer);
                    return producer;
                });
        outbox = new JdbcOutbox(dataSource, Clock.systemUTC(), new TestTransactions(), () -> { });
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aProducerOutOfSequenceIsClosedAndTheBatchGoesOutOnANewOne() throws Exception {
        outbox.append(new SampleEvent("alert-1", "SOS"));
        outbox.append(new SampleEvent("alert-1", "CANCEL"));

        assertThatThrownBy(() -> relayWhile(1, producer -> producer.errorNext(
                new OutOfOrderSequenceException("the broker received an unexpected sequence number"))))
                .hasRootCauseInstanceOf(OutOfOrderSequenceException.class);
        assertThat(unpublished()).isEqualTo(2);
        assertThat(producers.get(0).closed()).isTrue();

        relayWhile(2, producer -> {
            while (producer.completeNext()) {
                // every send of the batch confirmed
            }
        });
        assertThat(producers).hasSize(2);
        assertThat(producers.get(1).history()).extracting(record -> new String(record.value()))
                .hasSize(2).first().asString().contains("SOS");
        assertThat(unpublished()).isZero();
    }

    @Test
    void aProducerThatFailedForAWhileIsKept() throws Exception {
        outbox.append(new SampleEvent("alert-2", "SOS"));

        assertThatThrownBy(() -> relayWhile(1, producer -> producer.errorNext(new NotLeaderOrFollowerException())))
                .hasRootCauseInstanceOf(NotLeaderOrFollowerException.class);

        assertThat(producers).hasSize(1);
        assertThat(producers.get(0).closed()).isFalse();
        assertThat(unpublished()).isEqualTo(1);
    }

    @Test
    void eachPassMeasuresTheRowsWaitingAndTheAgeOfTheOldestEvenWhenTheBrokerFails() throws Exception {
        assertThat(gauge("centinela.outbox.waiting")).isZero();
        assertThat(gauge("centinela.outbox.oldest.seconds")).isZero();
        JdbcOutbox appendedAMinuteAgo = new JdbcOutbox(dataSource,
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-1)), new TestTransactions(), () -> { });
        appendedAMinuteAgo.append(new SampleEvent("alert-3", "SOS"));
        outbox.append(new SampleEvent("alert-3", "CANCEL"));

        assertThatThrownBy(() -> relayWhile(2, producer -> producer.errorNext(new NotLeaderOrFollowerException())));
        assertThat(gauge("centinela.outbox.waiting")).isEqualTo(2);
        assertThat(gauge("centinela.outbox.oldest.seconds")).isBetween(60.0, 120.0);

        relayWhile(4, producer -> { // the second send of the failed pass, then the two sent again
            while (producer.completeNext()) {
                // every send of the batch confirmed
            }
        });
        relay.relayNext();
        assertThat(gauge("centinela.outbox.waiting")).isZero();
        assertThat(gauge("centinela.outbox.oldest.seconds")).isZero();
    }

    @Test
    void onlyKafkaErrorsThatAreNotRetriableBreakTheProducer() {
        assertThat(OutboxRelay.brokeTheProducer(new IllegalStateException("not confirmed",
                new ExecutionException(new OutOfOrderSequenceException("x"))))).isPresent();
        assertThat(OutboxRelay.brokeTheProducer(new IllegalStateException("not confirmed",
                new ExecutionException(new NotLeaderOrFollowerException())))).isEmpty();
        assertThat(OutboxRelay.brokeTheProducer(new SQLException("the database restarted"))).isEmpty();
    }

    /**
     * One pass of the relay, with {@code broker} answering the newest producer from another thread once it was given
     * {@code sends} records.
     */
    private void relayWhile(int sends, Consumer<MockProducer<String, byte[]>> broker) throws Exception {
        Thread answering = new Thread(() -> {
            await().atMost(Duration.ofSeconds(5)).until(() -> !producers.isEmpty() && !newest().closed()
                    && newest().history().size() >= sends);
            broker.accept(newest());
        });
        answering.start();
        try {
            relay.relayNext();
        } finally {
            answering.join(10_000);
        }
    }

    private double gauge(String name) {
        return registry.get(name).tag("service", "outbox-test").gauge().value();
    }

    private MockProducer<String, byte[]> newest() {
        return producers.get(producers.size() - 1);
    }

    private long unpublished() throws SQLException {
        try (Connection lent = dataSource.getConnection(); Statement count = lent.createStatement();
                ResultSet rows = count.executeQuery("SELECT count(*) FROM outbox_event WHERE published_at IS NULL")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
