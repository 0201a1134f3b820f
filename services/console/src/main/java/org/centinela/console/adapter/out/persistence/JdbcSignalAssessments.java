package org.centinela.console.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.console.application.SignalAssessments;
import org.centinela.console.domain.SignalAssessment;
import org.centinela.contracts.signal.RiskFactor;

/** The read model in {@code centinela_console}: tables {@code assessed_signal} and {@code alert_signal}. */
@ApplicationScoped
public class JdbcSignalAssessments implements SignalAssessments {

    private static final TypeReference<List<RiskFactor>> FACTORS = new TypeReference<>() {
    };

    private final DataSource database;
    private final ObjectMapper json;

    public JdbcSignalAssessments(DataSource database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public void record(String defenderId, String country, SignalAssessment a, boolean triage, long modelVersion) {
        String sql = """
                INSERT INTO assessed_signal (signal_id, defender_id, signal_type, received_at, score, grade,
                    model_version, factors, triage, violence_type, perpetrator_type, country)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)
                ON CONFLICT (signal_id) DO NOTHING""";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, a.signalId());
            s.setString(2, defenderId);
            s.setString(3, a.type());
            s.setTimestamp(4, Timestamp.from(a.receivedAt()));
            s.setInt(5, a.score());
            s.setString(6, a.grade());
            s.setLong(7, modelVersion);
            s.setString(8, json.writeValueAsString(a.factors()));
            s.setBoolean(9, triage);
            s.setString(10, a.violenceType());
            s.setString(11, a.perpetratorType());
            s.setString(12, country);
            s.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not record an assessment", e);
        }
    }

    @Override
    public void joined(UUID alertId, UUID signalId, Instant at) {
        String sql = "INSERT INTO alert_signal (alert_id, signal_id, joined_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING";
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, alertId);
            s.setObject(2, signalId);
            s.setTimestamp(3, Timestamp.from(at));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an alert's signal", e);
        }
    }

    @Override
    public List<SignalAssessment> ofAlert(UUID alertId) {
        String sql = """
                SELECT a.signal_id, a.signal_type, a.received_at, a.score, a.grade, a.factors::text, a.violence_type,
                       a.perpetrator_type
                  FROM alert_signal j JOIN assessed_signal a ON a.signal_id = j.signal_id
                 WHERE j.alert_id = ? ORDER BY a.received_at""";
        List<SignalAssessment> found = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, alertId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new SignalAssessment(r.getObject(1, UUID.class), r.getString(2),
                            r.getTimestamp(3).toInstant(), r.getInt(4), r.getString(5),
                            json.readValue(r.getString(6), FACTORS), r.getString(7), r.getString(8)));
                }
            }
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not read an alert's assessments", e);
        }
        return found;
    }
}
