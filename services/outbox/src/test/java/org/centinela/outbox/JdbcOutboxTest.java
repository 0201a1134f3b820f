package org.centinela.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox on a real PostgreSQL (the local stack's), in a temporary table of the services' shape that
 * disappears with the connection; the transaction is a stand-in whose commit the test decides.
 */
class JdbcOutboxTest {

    private static final String URL = "jdbc:postgresql://" + System.getProperty("database.host", "127.0.0.1:5432")
            + "/postgres";
    private static final Instant NOW = Instant.parse("2026-03-08T10:15:30Z");

    private Connection connection;
    private final Transactions transactions = new Transactions();
    private final AtomicInteger wakes = new AtomicInteger();
    private JdbcOutbox outbox;

    @BeforeEach
    void aTemporaryOutboxTable() throws SQLException {
        connection = DriverManager.getConnection(URL, "centinela", "centinela");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TEMPORARY TABLE outbox_event (id UUID PRIMARY KEY, topic VARCHAR(249) NOT NULL,"
                    + " event_key VARCHAR(255) NOT NULL, event_type VARCHAR(255), payload JSONB,"
                    + " created_at TIMESTAMPTZ NOT NULL, published_at TIMESTAMPTZ, sequence BIGSERIAL)");
        }
        outbox = new JdbcOutbox(onThisConnection(connection), Clock.fixed(NOW, ZoneOffset.UTC), transactions,
                wakes::incrementAndGet);
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void aTombstoneRowHasTheKeyAndNeitherTypeNorPayload() throws SQLException {
        outbox.tombstone("directory.people", "person-7");

        assertThat(rows()).containsExactly(new Row("directory.people", "person-7", null, null));
    }

    @Test
    void anEventRowHasItsTopicKeyTypeAndJson() throws SQLException {
        outbox.append(new SampleEvent("person-7", "hola"));

        Row row = rows().get(0);
        assertThat(row.topic()).isEqualTo(SampleEvent.TOPIC);
        assertThat(row.key()).isEqualTo("person-7");
        assertThat(row.type()).isEqualTo(SampleEvent.TYPE);
        assertThat(row.payload()).contains("\"text\": \"hola\"");
    }

    @Test
    void manyEventsAppendedTogetherAreAllWrittenInTheirOrder() throws SQLException {
        List<SampleEvent> events = IntStream.range(0, JdbcOutbox.BATCH * 2 + 7)
                .mapToObj(i -> new SampleEvent("alert-1", "n" + i)).toList();

        outbox.appendAll(events);

        List<Row> rows = rows();
        assertThat(rows).hasSize(events.size());
        assertThat(rows.get(0).payload()).contains("\"n0\"");
        assertThat(rows.get(rows.size() - 1).payload()).contains("\"n" + (events.size() - 1) + "\"");
    }

    @Test
    void inATransactionTheRelayIsWokenOnceAfterItCommits() {
        transactions.begin();
        outbox.append(new SampleEvent("a", "1"));
        outbox.tombstone("directory.people", "b");
        outbox.appendAll(List.of(new SampleEvent("c", "2"), new SampleEvent("d", "3")));
        assertThat(wakes).as("woken before the commit").hasValue(0);

        transactions.complete(Status.STATUS_COMMITTED);

        assertThat(wakes).hasValue(1);
    }

    @Test
    void aTransactionRolledBackDoesNotWakeTheRelay() {
        transactions.begin();
        outbox.append(new SampleEvent("a", "1"));

        transactions.complete(Status.STATUS_ROLLEDBACK);

        assertThat(wakes).hasValue(0);
    }

    @Test
    void withoutATransactionTheRelayIsWokenAtOnce() {
        outbox.append(new SampleEvent("a", "1"));
        outbox.tombstone("directory.people", "b");

        assertThat(wakes).hasValue(2);
    }

    record Row(String topic, String key, String type, String payload) {
    }

    private List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT topic, event_key, event_type, payload::text FROM outbox_event ORDER BY sequence");
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getString(1), result.getString(2), result.getString(3), result.getString(4)));
            }
        }
        return rows;
    }

    /** A data source that always lends the same connection and ignores its closing (the temporary table lives on it). */
    private static DataSource onThisConnection(Connection connection) {
        Connection unclosable = (Connection) Proxy.newProxyInstance(JdbcOutboxTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> "close".equals(method.getName())
                        ? null : method.invoke(connection, args));
        return (DataSource) Proxy.newProxyInstance(JdbcOutboxTest.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if ("getConnection".equals(method.getName())) {
                        return unclosable;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** One transaction at a time, begun and completed by the test. */
    private static final class Transactions implements TransactionSynchronizationRegistry {

        private int status = Status.STATUS_NO_TRANSACTION;
        private final Map<Object, Object> resources = new HashMap<>();
        private final List<Synchronization> synchronizations = new ArrayList<>();

        void begin() {
            status = Status.STATUS_ACTIVE;
        }

        void complete(int outcome) {
            synchronizations.forEach(Synchronization::beforeCompletion);
            status = outcome;
            synchronizations.forEach(synchronization -> synchronization.afterCompletion(outcome));
            synchronizations.clear();
            resources.clear();
            status = Status.STATUS_NO_TRANSACTION;
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
