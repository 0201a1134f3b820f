package org.centinela.intake.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.centinela.intake.application.PinFailures;

/** Wrong PINs in {@code pin_failure}, shared by every replica. */
@ApplicationScoped
public class JdbcPinFailures implements PinFailures {

    private final DataSource dataSource;

    public JdbcPinFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public int countSince(String personId, Instant since) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM pin_failure WHERE person_id = ? AND failed_at >= ?")) {
            select.setString(1, personId);
            select.setTimestamp(2, Timestamp.from(since));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count wrong PINs", e);
        }
    }

    @Override
    public void record(String personId, Instant at) {
        update("INSERT INTO pin_failure (person_id, failed_at) VALUES (?, ?)", personId, Timestamp.from(at));
    }

    @Override
    public void clear(String personId) {
        update("DELETE FROM pin_failure WHERE person_id = ?", personId);
    }

    private void update(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a PIN attempt", e);
        }
    }
}
