package org.centinela.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox on a real PostgreSQL (the local stack's), in a temporary table of the services' shape that
 * disappears with the connection; the transaction is a stand-in whose commit the test decides.
 */
class JdbcOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-08T10:15:30Z");

    private Connection connection;
    private final TestTransactions transactions = new TestTransactions();
    private final AtomicInteger wakes = new AtomicInteger();
    private JdbcOutbox outbox;

    @BeforeEach
    void aTemporaryOutboxTable() throws SQLException {
        connection = OneConnection.withTemporaryOutbox();
        outbox = new JdbcOutbox(OneConnection.of(connection), Clock.fixed(NOW, ZoneOffset.UTC), transactions,
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
}
