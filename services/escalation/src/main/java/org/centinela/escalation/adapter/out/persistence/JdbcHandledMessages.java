package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.escalation.application.HandledMessages;

/** Handled signal and response ids in {@code handled_message}. */
@ApplicationScoped
public class JdbcHandledMessages implements HandledMessages {

    private final DataSource dataSource;

    public JdbcHandledMessages(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean firstTime(UUID id, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO handled_message (id, handled_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a handled message", e);
        }
    }
}
