package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.escalation.application.Alerts;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.AlertChanges;
import org.centinela.escalation.domain.alert.AlertSnapshot;
import org.centinela.escalation.domain.alert.Step;
import org.centinela.escalation.domain.alert.TimelineEntry;

/**
 * Alerts in PostgreSQL: the row with its searchable columns and JSON snapshot, its timeline, its
 * pending steps and the people it contacted. Loading takes the row lock ({@code FOR UPDATE}).
 */
@ApplicationScoped
public class JdbcAlerts implements Alerts {

    static final String NOT_OVER = "state IN ('OPEN', 'ESCALATING', 'ACKNOWLEDGED')";
    /** The first key of the transaction locks on defenders and on codes (PostgreSQL advisory locks). */
    private static final int DEFENDER_LOCKS = 1_470_001;
    private static final int CODE_LOCKS = 1_470_002;

    private static final String INSERT = "INSERT INTO alert (id, code, defender_id, state, grade, score, level,"
            + " verified_sender, opened_at, updated_at, snapshot) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb)";
    private static final String UPDATE = "UPDATE alert SET state = ?, grade = ?, score = ?, level = ?, updated_at = ?,"
            + " snapshot = ?::jsonb, defender_id = ?, verified_sender = ? WHERE id = ?";

    private final DataSource dataSource;
    private final SnapshotJson json;

    public JdbcAlerts(DataSource dataSource, SnapshotJson json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    /**
     * Takes the defender's transaction lock first: two signals of hers handled at once (two instances)
     * see each other's alert instead of both opening one.
     */
    @Override
    public Optional<Alert> notOverOf(String defenderId) {
        first("SELECT null::uuid FROM pg_advisory_xact_lock(" + DEFENDER_LOCKS + ", hashtext(?))", defenderId);
        return load("SELECT snapshot::text FROM alert WHERE defender_id = ? AND " + NOT_OVER + " FOR UPDATE",
                defenderId);
    }

    @Override
    public Optional<Alert> lock(UUID alertId) {
        return load("SELECT snapshot::text FROM alert WHERE id = ? FOR UPDATE", alertId);
    }

    /**
     * A code is in use when an alert not over has it, or when another transaction holds it (it may be
     * about to open an alert with it): the code's transaction lock makes the choice safe between instances.
     */
    @Override
    public boolean codeInUse(String code) {
        Optional<UUID> held = first("SELECT CASE WHEN pg_try_advisory_xact_lock(" + CODE_LOCKS
                + ", ?::int) THEN null ELSE gen_random_uuid() END", code);
        return held.isPresent() || first("SELECT id FROM alert WHERE code = ? AND " + NOT_OVER, code).isPresent();
    }

    @Override
    public Optional<UUID> withCode(String code, String personId) {
        Optional<UUID> hers = first("SELECT a.id FROM alert a JOIN alert_recipient r ON r.alert_id = a.id"
                + " WHERE a.code = ? AND r.person_id = ? ORDER BY (a." + NOT_OVER + ") DESC, a.opened_at DESC LIMIT 1",
                code, personId);
        return hers.isPresent() ? hers : first("SELECT id FROM alert WHERE code = ? AND " + NOT_OVER, code);
    }

    @Override
    public Optional<UUID> latestContacting(String personId) {
        return first("SELECT alert_id FROM alert_recipient WHERE person_id = ? ORDER BY last_contacted_at DESC"
                + " LIMIT 1", personId);
    }

    @Override
    public void add(Alert alert, AlertChanges changes) {
        AlertSnapshot snapshot = alert.snapshot();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, snapshot.id());
            insert.setString(2, snapshot.code());
            insert.setString(3, snapshot.defenderId());
            insert.setString(4, snapshot.state().name());
            insert.setString(5, snapshot.grade().name());
            insert.setInt(6, snapshot.score());
            insert.setInt(7, snapshot.level());
            insert.setBoolean(8, snapshot.verifiedSender());
            insert.setTimestamp(9, Timestamp.from(snapshot.openedAt()));
            insert.setTimestamp(10, Timestamp.from(snapshot.updatedAt()));
            insert.setString(11, json.write(snapshot));
            insert.executeUpdate();
            keep(connection, snapshot.id(), changes);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store a new alert", e);
        }
    }

    @Override
    public void save(Alert alert, AlertChanges changes) {
        AlertSnapshot snapshot = alert.snapshot();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(UPDATE)) {
            update.setString(1, snapshot.state().name());
            update.setString(2, snapshot.grade().name());
            update.setInt(3, snapshot.score());
            update.setInt(4, snapshot.level());
            update.setTimestamp(5, Timestamp.from(snapshot.updatedAt()));
            update.setString(6, json.write(snapshot));
            update.setString(7, snapshot.defenderId());
            update.setBoolean(8, snapshot.verifiedSender());
            update.setObject(9, snapshot.id());
            update.executeUpdate();
            keep(connection, snapshot.id(), changes);
        } catch (SQLException e) {
            throw new IllegalStateException("could not store alert " + snapshot.id(), e);
        }
    }

    @Override
    public void note(UUID alertId, TimelineEntry entry) {
        try (Connection connection = dataSource.getConnection()) {
            addToTimeline(connection, alertId, List.of(entry));
        } catch (SQLException e) {
            throw new IllegalStateException("could not add to the timeline of alert " + alertId, e);
        }
    }

    private static void addToTimeline(Connection connection, UUID alertId, List<TimelineEntry> timeline)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO alert_timeline (alert_id, at, type, detail, person_id, channel, actor_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (TimelineEntry entry : timeline) {
                insert.setObject(1, alertId);
                insert.setTimestamp(2, Timestamp.from(entry.at()));
                insert.setString(3, entry.type().name());
                insert.setString(4, entry.detail());
                insert.setString(5, entry.personId());
                insert.setString(6, entry.channel());
                insert.setString(7, entry.actorId());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void keep(Connection connection, UUID alertId, AlertChanges changes) throws SQLException {
        if (!changes.timeline().isEmpty()) {
            addToTimeline(connection, alertId, changes.timeline());
        }
        if (!changes.steps().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO alert_step (alert_id, kind,"
                    + " level, round, due_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
                for (Step step : changes.steps()) {
                    insert.setObject(1, alertId);
                    insert.setString(2, step.kind().name());
                    insert.setInt(3, step.level());
                    insert.setInt(4, step.round());
                    insert.setTimestamp(5, Timestamp.from(step.dueAt()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        Map<String, Instant> contacted = new LinkedHashMap<>();
        for (NotificationRequested request : changes.notifications()) {
            contacted.merge(request.personId(), request.requestedAt(), (a, b) -> a.isAfter(b) ? a : b);
        }
        if (!contacted.isEmpty()) {
            try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO alert_recipient (alert_id,"
                    + " person_id, last_contacted_at) VALUES (?, ?, ?) ON CONFLICT (alert_id, person_id)"
                    + " DO UPDATE SET last_contacted_at = GREATEST(alert_recipient.last_contacted_at,"
                    + " EXCLUDED.last_contacted_at)")) {
                for (Map.Entry<String, Instant> person : contacted.entrySet()) {
                    upsert.setObject(1, alertId);
                    upsert.setString(2, person.getKey());
                    upsert.setTimestamp(3, Timestamp.from(person.getValue()));
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }
    }

    private Optional<Alert> load(String sql, Object key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, key);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(Alert.restore(json.read(row.getString(1)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not load an alert", e);
        }
    }

    private Optional<UUID> first(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look an alert up", e);
        }
    }
}
