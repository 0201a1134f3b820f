package org.centinela.intake.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.intake.application.AppRequests;

/** App requests by client id, in {@code app_request}. */
@ApplicationScoped
public class JdbcAppRequests implements AppRequests {

    private final DataSource dataSource;

    public JdbcAppRequests(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<UUID> resultOf(String defenderId, UUID clientId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT result_id FROM app_request WHERE defender_id = ? AND client_id = ?")) {
            select.setString(1, defenderId);
            select.setObject(2, clientId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an app request", e);
        }
    }

    @Override
    public boolean record(String defenderId, UUID clientId, UUID resultId, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO app_request"
                        + " (defender_id, client_id, result_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, defenderId);
            insert.setObject(2, clientId);
            insert.setObject(3, resultId);
            insert.setTimestamp(4, Timestamp.from(at));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an app request", e);
        }
    }
}
