package org.centinela.escalation.adapter.in.web;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.directory.PersonSnapshot;

/** What a test caused in escalation's test database: outbox rows of a key, audit entries of a subject. */
public final class Outboxed {

    /** One outbox row; {@code payload} is null for a tombstone. */
    public record Row(String topic, String key, String type, String payload) {

        PersonSnapshot person() {
            return read(PersonSnapshot.class);
        }

        /** The event it carries; null for a tombstone. */
        public <T extends CentinelaEvent> T read(Class<T> type) {
            return payload == null ? null : EventJson.read(payload.getBytes(StandardCharsets.UTF_8), type);
        }
    }

    private final DataSource dataSource;

    public Outboxed(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The outbox rows for {@code topic} whose key is {@code key}, oldest first. */
    public List<Row> rows(String topic, String key) {
        return rows(key).stream().filter(row -> row.topic().equals(topic)).toList();
    }

    /** The events of {@code type} on {@code topic} under {@code key}, oldest first; a tombstone is null. */
    public <T extends CentinelaEvent> List<T> events(String topic, String key, Class<T> type) {
        return rows(topic, key).stream().map(row -> row.read(type)).toList();
    }

    /** The outbox rows whose key is {@code key}, oldest first. */
    public List<Row> rows(String key) {
        List<Row> rows = new ArrayList<>();
        query("SELECT topic, event_key, event_type, payload::text FROM outbox_event WHERE event_key = ? ORDER BY sequence",
                key, result -> rows.add(new Row(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4))));
        return rows;
    }

    /** The latest snapshot of person {@code personId} in the outbox. */
    PersonSnapshot latest(String personId) {
        List<Row> rows = rows(personId);
        return rows.get(rows.size() - 1).person();
    }

    /** "actor ACTION" (and " channel" when it has one) of the audit entries about {@code subject}, oldest first. */
    public List<String> audit(String subject) {
        List<String> entries = new ArrayList<>();
        query("SELECT actor, action, channel FROM audit_entry WHERE subject = ? ORDER BY sequence", subject,
                result -> entries.add(result.getString(1) + " " + result.getString(2)
                        + (result.getString(3) == null ? "" : " " + result.getString(3))));
        return entries;
    }

    private interface Rows {
        void read(ResultSet result) throws SQLException;
    }

    private void query(String sql, String parameter, Rows rows) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.read(result);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
