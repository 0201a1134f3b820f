package org.centinela.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.centinela.contracts.CentinelaEvent;

/**
 * The outbox as the table {@code outbox_event} of the service's database, written with the caller's
 * connection, so inside its transaction. When that transaction commits, the relay is woken (once per
 * transaction, whatever was appended); outside a transaction each row commits at once and wakes it at once.
 */
@ApplicationScoped
public class JdbcOutbox implements Outbox {

    static final String INSERT = "INSERT INTO outbox_event (id, topic, event_key, event_type, payload, created_at)"
            + " VALUES (?, ?, ?, ?, ?::jsonb, ?)";
    /** Rows sent to the database in one round trip by {@link #appendAll}. */
    static final int BATCH = 500;
    private static final Object WAKE_AFTER_COMMIT = new Object();

    private final DataSource dataSource;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final Runnable wake;

    @Inject
    public JdbcOutbox(DataSource dataSource, Instance<Clock> clock, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this(dataSource, clock.isResolvable() ? clock.get() : Clock.systemUTC(), transactions, relay::wake);
    }

    /** @param wake what to run once the rows are committed: the relay's {@link OutboxRelay#wake()} */
    JdbcOutbox(DataSource dataSource, Clock clock, TransactionSynchronizationRegistry transactions, Runnable wake) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.transactions = transactions;
        this.wake = wake;
    }

    @Override
    public void append(CentinelaEvent event) {
        write(List.of(OutboxEntry.of(event, clock.instant())));
    }

    @Override
    public void appendAll(Collection<? extends CentinelaEvent> events) {
        Instant now = clock.instant();
        write(events.stream().map(event -> OutboxEntry.of(event, now)).toList());
    }

    @Override
    public void tombstone(String topic, String key) {
        write(List.of(OutboxEntry.tombstone(topic, key, clock.instant())));
    }

    private void write(List<OutboxEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            if (entries.size() == 1) {
                bind(insert, entries.get(0));
                insert.executeUpdate();
            } else {
                int pending = 0;
                for (OutboxEntry entry : entries) {
                    bind(insert, entry);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not write to the outbox", e);
        }
        wakeAfterCommit();
    }

    private static void bind(PreparedStatement insert, OutboxEntry entry) throws SQLException {
        insert.setObject(1, entry.id());
        insert.setString(2, entry.topic());
        insert.setString(3, entry.key());
        if (entry.isTombstone()) {
            insert.setNull(4, Types.VARCHAR);
            insert.setNull(5, Types.VARCHAR);
        } else {
            insert.setString(4, entry.type());
            insert.setString(5, entry.payload());
        }
        insert.setTimestamp(6, Timestamp.from(entry.createdAt()));
    }

    /** Wakes the relay once the caller's transaction committed, or now when there is none. */
    private void wakeAfterCommit() {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            wake.run();
        } else if (status == Status.STATUS_ACTIVE && transactions.getResource(WAKE_AFTER_COMMIT) == null) {
            transactions.putResource(WAKE_AFTER_COMMIT, Boolean.TRUE);
            transactions.registerInterposedSynchronization(new WakeOnCommit(wake));
        }
    }

    /** Runs {@code wake} after a transaction committed; nothing after a rollback, which left no rows. */
    record WakeOnCommit(Runnable wake) implements Synchronization {

        @Override
        public void beforeCompletion() {
            // Nothing to do before: the rows are already written in the transaction.
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                wake.run();
            }
        }
    }
}
