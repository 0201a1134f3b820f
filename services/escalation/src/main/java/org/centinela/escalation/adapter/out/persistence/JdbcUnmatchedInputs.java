package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.escalation.application.UnmatchedInputs;

/** Inputs that matched no alert, in {@code unmatched_input}. */
@ApplicationScoped
public class JdbcUnmatchedInputs implements UnmatchedInputs {

    private final DataSource dataSource;

    public JdbcUnmatchedInputs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void record(UUID id, String kind, String subject, String reason, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO unmatched_input (id, kind,"
                        + " subject, reason, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, id);
            insert.setString(2, kind);
            insert.setString(3, subject);
            insert.setString(4, reason);
            insert.setTimestamp(5, Timestamp.from(at));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an unmatched input", e);
        }
    }
}
