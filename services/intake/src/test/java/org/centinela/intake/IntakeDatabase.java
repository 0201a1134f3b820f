package org.centinela.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** What intake wrote to its test database: the outbox rows a test caused, to assert on. */
public final class IntakeDatabase {

    /** One outbox row: topic, key, CloudEvents type and JSON payload. */
    public record OutboxRow(String topic, String key, String type, String payload) {
    }

    private final DataSource dataSource;

    public IntakeDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The outbox rows whose key is {@code key}, oldest first. */
    public List<OutboxRow> outbox(String key) {
        return query("SELECT topic, event_key, event_type, payload::text FROM outbox_event WHERE event_key = ? ORDER BY sequence", key);
    }

    public void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<OutboxRow> query(String sql, String key) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            List<OutboxRow> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new OutboxRow(result.getString(1), result.getString(2), result.getString(3), result.getString(4)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
