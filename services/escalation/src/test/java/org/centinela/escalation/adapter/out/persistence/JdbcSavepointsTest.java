package org.centinela.escalation.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.escalation.application.Isolation;
import org.junit.jupiter.api.Test;

/** One alert's part of the step timer's transaction, on the real database: what it throws undoes only that part. */
@QuarkusTest
class JdbcSavepointsTest {

    @Inject
    Isolation isolation;

    @Inject
    DataSource dataSource;

    @Test
    void anErrorUndoesOnlyWhatTheIsolatedWorkWroteAndTheRestCommits() {
        UUID before = UUID.randomUUID();
        UUID inside = UUID.randomUUID();
        UUID after = UUID.randomUUID();

        Optional<Throwable> failure = QuarkusTransaction.requiringNew().call(() -> {
            handled(before);
            Optional<Throwable> thrown = isolation.attempt(() -> {
                handled(inside);
                throw new StackOverflowError("a policy that recurses for ever");
            });
            handled(after);
            return thrown;
        });

        assertThat(failure).containsInstanceOf(StackOverflowError.class);
        assertThat(stored(before)).isTrue();
        assertThat(stored(inside)).isFalse();
        assertThat(stored(after)).isTrue();
    }

    @Test
    void workThatSucceedsIsKept() {
        UUID inside = UUID.randomUUID();

        Optional<Throwable> failure = QuarkusTransaction.requiringNew().call(() -> isolation.attempt(() -> handled(inside)));

        assertThat(failure).isEmpty();
        assertThat(stored(inside)).isTrue();
    }

    private void handled(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO handled_message (id, handled_at) VALUES (?, ?)")) {
            insert.setObject(1, id);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean stored(UUID id) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT 1 FROM handled_message WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
