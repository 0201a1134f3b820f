package org.centinela.escalation.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;
import org.centinela.escalation.application.AlertFile;
import org.centinela.escalation.application.AlertFiles;
import org.centinela.escalation.application.AlertPage;
import org.centinela.escalation.application.AlertQuery;
import org.centinela.escalation.domain.alert.Acknowledgement;
import org.centinela.escalation.domain.alert.TimelineEntry;
import org.centinela.escalation.domain.alert.TimelineType;

/**
 * The alerts {@link JdbcAlerts} stores, read without locks: the searchable columns of {@code alert}, the
 * acknowledgements and policy out of its snapshot (and nothing else of it), the timeline from
 * {@code alert_timeline} in the order it was written, and who was contacted from {@code alert_recipient}.
 */
@ApplicationScoped
public class JdbcAlertFiles implements AlertFiles {

    private static final String COLUMNS = "a.id, a.code, a.defender_id, a.state, a.grade, a.score, a.level,"
            + " a.verified_sender, a.snapshot->>'policyId', COALESCE((a.snapshot->>'policyVersion')::bigint, 0),"
            + " a.opened_at, a.updated_at, COALESCE(a.snapshot->'acks', '[]'::jsonb)::text";
    private static final TypeReference<List<Acknowledgement>> ACKS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json;

    public JdbcAlertFiles(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    public Optional<AlertFile> file(UUID alertId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM alert a WHERE a.id = ?")) {
            select.setObject(1, alertId);
            List<Row> rows = rows(select);
            return rows.isEmpty() ? Optional.empty() : Optional.of(withTimelines(connection, rows).get(0));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read alert " + alertId, e);
        }
    }

    @Override
    public boolean exists(UUID alertId) {
        return found("SELECT 1 FROM alert WHERE id = ?", alertId);
    }

    @Override
    public boolean underDuress(UUID alertId) {
        return found("SELECT 1 FROM alert WHERE id = ? AND (snapshot->>'duress')::boolean", alertId);
    }

    @Override
    public boolean contacted(UUID alertId, String personId) {
        return found("SELECT 1 FROM alert_recipient WHERE alert_id = ? AND person_id = ?", alertId, personId);
    }

    @Override
    public Set<String> recipients(UUID alertId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT person_id FROM alert_recipient WHERE alert_id = ?")) {
            select.setObject(1, alertId);
            Set<String> people = new LinkedHashSet<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    people.add(rows.getString(1));
                }
            }
            return people;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read whom alert " + alertId + " contacted", e);
        }
    }

    @Override
    public AlertPage page(AlertQuery query) {
        List<Object> parameters = new ArrayList<>();
        StringBuilder from = new StringBuilder(" FROM alert a");
        if (query.contacted() != null) {
            from.append(" JOIN alert_recipient r ON r.alert_id = a.id AND r.person_id = ?");
            parameters.add(query.contacted());
        }
        from.append(" WHERE TRUE");
        if (query.state() != null) {
            from.append(" AND a.state = ?");
            parameters.add(query.state().name());
        }
        if (query.defenderId() != null) {
            from.append(" AND a.defender_id = ?");
            parameters.add(query.defenderId());
        }
        try (Connection connection = dataSource.getConnection()) {
            long total;
            try (PreparedStatement count = connection.prepareStatement("SELECT count(*)" + from)) {
                bind(count, parameters);
                try (ResultSet row = count.executeQuery()) {
                    row.next();
                    total = row.getLong(1);
                }
            }
            List<Row> rows = List.of();
            if (query.offset() < total) {
                try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS + from
                        + " ORDER BY a.opened_at DESC, a.id LIMIT ? OFFSET ?")) {
                    bind(select, parameters);
                    select.setInt(parameters.size() + 1, query.size());
                    select.setLong(parameters.size() + 2, query.offset());
                    rows = rows(select);
                }
            }
            return new AlertPage(withTimelines(connection, rows), Math.max(total, rows.size()), query.page(),
                    query.size());
        } catch (SQLException e) {
            throw new IllegalStateException("could not list alerts", e);
        }
    }

    private List<AlertFile> withTimelines(Connection connection, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<TimelineEntry>> timelines = new LinkedHashMap<>();
        rows.forEach(row -> timelines.put(row.id(), new ArrayList<>()));
        Array ids = connection.createArrayOf("uuid", timelines.keySet().toArray());
        try (PreparedStatement select = connection.prepareStatement("SELECT alert_id, at, type, detail, person_id,"
                + " channel, actor_id FROM alert_timeline WHERE alert_id = ANY (?) ORDER BY alert_id, id")) {
            select.setArray(1, ids);
            try (ResultSet entries = select.executeQuery()) {
                while (entries.next()) {
                    timelines.get(entries.getObject(1, UUID.class)).add(new TimelineEntry(
                            entries.getTimestamp(2).toInstant(), TimelineType.valueOf(entries.getString(3)),
                            entries.getString(4), entries.getString(5), entries.getString(6), entries.getString(7)));
                }
            }
        } finally {
            ids.free();
        }
        return rows.stream().map(row -> row.file(timelines.get(row.id()))).toList();
    }

    private List<Row> rows(PreparedStatement select) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet row = select.executeQuery()) {
            while (row.next()) {
                rows.add(new Row(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                        AlertState.valueOf(row.getString(4)), Grade.valueOf(row.getString(5)), row.getInt(6),
                        row.getInt(7), row.getBoolean(8), row.getString(9), row.getLong(10),
                        row.getTimestamp(11).toInstant(), row.getTimestamp(12).toInstant(), acks(row.getString(13))));
            }
        }
        return rows;
    }

    private List<Acknowledgement> acks(String text) {
        try {
            return json.readValue(text, ACKS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read the acknowledgements of a stored alert", e);
        }
    }

    private boolean found(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, List.of(parameters));
            try (ResultSet row = select.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look an alert up", e);
        }
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** An alert's row, before its timeline is read. */
    private record Row(UUID id, String code, String defenderId, AlertState state, Grade grade, int score, int level,
            boolean verifiedSender, String policyId, long policyVersion, Instant openedAt, Instant updatedAt,
            List<Acknowledgement> acks) {

        AlertFile file(List<TimelineEntry> timeline) {
            return new AlertFile(id, code, defenderId, state, grade, score, level, verifiedSender, policyId,
                    policyVersion, openedAt, updatedAt, acks, timeline);
        }
    }
}
