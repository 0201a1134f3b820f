package org.centinela.notification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;

/** What notification wrote to its test database: delivery rows and outbox rows, to assert on. */
public final class NotificationDatabase {

    /** One outbox row: topic, key, CloudEvents type and JSON payload. */
    public record OutboxRow(String topic, String key, String type, String payload) {
        public <T extends CentinelaEvent> T event(Class<T> type) {
            return EventJson.read(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
        }
    }

    private final DataSource dataSource;

    public NotificationDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The outbox rows with {@code key}, oldest first. */
    public List<OutboxRow> outbox(String key) {
        return query("SELECT topic, event_key, event_type, payload::text FROM outbox_event WHERE event_key = ? ORDER BY sequence",
                row -> new OutboxRow(text(row, 1), text(row, 2), text(row, 3), text(row, 4)), key);
    }

    /** The delivery row of an idempotency key, column by column; empty when there is none. */
    public Map<String, Object> delivery(String idempotencyKey) {
        return row("SELECT * FROM notification_delivery WHERE idempotency_key = ?", idempotencyKey);
    }

    /** The first row {@code sql} selects, column by column; empty when there is none. */
    public Map<String, Object> row(String sql, Object... parameters) {
        List<Map<String, Object>> rows = query(sql, row -> {
            Map<String, Object> columns = new LinkedHashMap<>();
            try {
                for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                    columns.put(row.getMetaData().getColumnName(i), row.getObject(i));
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return columns;
        }, parameters);
        return rows.isEmpty() ? Map.of() : rows.get(0);
    }

    public int execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> query(String sql, Function<ResultSet, T> map, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(map.apply(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(ResultSet row, int column) {
        try {
            return row.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
