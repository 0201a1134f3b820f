package org.centinela.risk.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.risk.application.Assessments;

/** Assessments in {@code assessment}, as the JSON published on {@code signals.assessed}; a batch a statement. */
@ApplicationScoped
public class JdbcAssessments implements Assessments {

    private final DataSource dataSource;

    public JdbcAssessments(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Map<UUID, SignalAssessed> of(Collection<UUID> signalIds) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT signal_id, payload::text FROM assessment WHERE signal_id = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("uuid", signalIds.toArray()));
            Map<UUID, SignalAssessed> found = new HashMap<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getObject(1, UUID.class),
                            EventJson.read(rows.getString(2).getBytes(StandardCharsets.UTF_8), SignalAssessed.class));
                }
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read assessments", e);
        }
    }

    @Override
    public Set<UUID> keep(List<SignalAssessed> assessments, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO assessment"
                        + " (signal_id, defender_id, received_at, payload, assessed_at)"
                        + " SELECT * FROM unnest(?::uuid[], ?::varchar[], ?::timestamptz[], ?::jsonb[], ?::timestamptz[])"
                        + " ON CONFLICT DO NOTHING RETURNING signal_id")) {
            int size = assessments.size();
            Object[] ids = new Object[size];
            Object[] defenders = new Object[size];
            Object[] received = new Object[size];
            Object[] payloads = new Object[size];
            Object[] assessedAt = new Object[size];
            for (int i = 0; i < size; i++) {
                SignalAssessed assessment = assessments.get(i);
                ids[i] = assessment.signalId();
                defenders[i] = assessment.defenderId();
                received[i] = Timestamp.from(assessment.receivedAt());
                payloads[i] = new String(EventJson.write(assessment), StandardCharsets.UTF_8);
                assessedAt[i] = Timestamp.from(at);
            }
            insert.setArray(1, connection.createArrayOf("uuid", ids));
            insert.setArray(2, connection.createArrayOf("varchar", defenders));
            insert.setArray(3, connection.createArrayOf("timestamptz", received));
            insert.setArray(4, connection.createArrayOf("jsonb", payloads));
            insert.setArray(5, connection.createArrayOf("timestamptz", assessedAt));
            Set<UUID> kept = new HashSet<>();
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    kept.add(rows.getObject(1, UUID.class));
                }
            }
            return kept;
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep assessments", e);
        }
    }

    @Override
    public List<Received> receivedSince(Collection<String> defenderIds, Instant since) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT defender_id, signal_id, received_at"
                        + " FROM assessment WHERE defender_id = ANY (?) AND received_at >= ?")) {
            select.setArray(1, connection.createArrayOf("varchar", defenderIds.toArray()));
            select.setTimestamp(2, Timestamp.from(since));
            List<Received> received = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    received.add(new Received(rows.getString(1), rows.getObject(2, UUID.class),
                            rows.getTimestamp(3).toInstant()));
                }
            }
            return received;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read her recent signals", e);
        }
    }
}
