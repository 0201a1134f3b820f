package org.centinela.escalation.adapter.out.persistence;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.contracts.signal.ViolenceType;
import org.centinela.escalation.application.AlertSignals;
import org.centinela.escalation.application.AttachedSignal;
import org.centinela.escalation.application.SignalDetail;

/**
 * The signals of each alert in {@code alert_signal} (the risk factors as JSON), read with their details from
 * {@code signal_detail} when those have arrived.
 */
@ApplicationScoped
public class JdbcAlertSignals implements AlertSignals {

    private static final TypeReference<List<RiskFactor>> FACTORS = new TypeReference<>() {
    };
    private static final String INSERT = "INSERT INTO alert_signal (signal_id, alert_id, type, source, received_at,"
            + " factors, joined_at) VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (signal_id) DO NOTHING";
    private static final String OF_ALERT = "SELECT s.signal_id, s.type, s.source, s.received_at, s.factors::text,"
            + " d.signal_id, d.text, d.lat, d.lon, d.accuracy_m, d.violence_type, d.perpetrator_type, d.place,"
            + " d.occurred_on, d.narrative, d.sender_phone FROM alert_signal s"
            + " LEFT JOIN signal_detail d ON d.signal_id = s.signal_id"
            + " WHERE s.alert_id = ? ORDER BY s.received_at, s.joined_at, s.signal_id";

    private final DataSource dataSource;
    private final ObjectMapper json;

    public JdbcAlertSignals(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.json = json;
    }

    @Override
    public void attach(UUID alertId, SignalAssessed signal, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, signal.signalId());
            insert.setObject(2, alertId);
            insert.setString(3, signal.type().name());
            insert.setString(4, signal.source().name());
            insert.setTimestamp(5, Timestamp.from(signal.receivedAt()));
            insert.setString(6, json.writeValueAsString(signal.factors()));
            insert.setTimestamp(7, Timestamp.from(at));
            insert.executeUpdate();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("could not attach signal " + signal.signalId() + " to alert " + alertId, e);
        }
    }

    @Override
    public Optional<UUID> alertOf(UUID signalId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT alert_id FROM alert_signal WHERE signal_id = ?")) {
            select.setObject(1, signalId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not look up the alert of signal " + signalId, e);
        }
    }

    @Override
    public List<AttachedSignal> of(UUID alertId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(OF_ALERT)) {
            select.setObject(1, alertId);
            List<AttachedSignal> signals = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    signals.add(new AttachedSignal(rows.getObject(1, UUID.class), SignalType.valueOf(rows.getString(2)),
                            SignalSource.valueOf(rows.getString(3)), rows.getTimestamp(4).toInstant(),
                            factors(rows.getString(5)), rows.getObject(6) == null ? null : detail(rows)));
                }
            }
            return signals;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the signals of alert " + alertId, e);
        }
    }

    private static SignalDetail detail(ResultSet rows) throws SQLException {
        Double lat = rows.getObject(8, Double.class);
        Location location = lat == null ? null
                : new Location(lat, rows.getDouble(9), rows.getObject(10, Double.class));
        String violenceType = rows.getString(11);
        LocalDate occurredOn = rows.getObject(14, LocalDate.class);
        IncidentReport report = violenceType == null ? null
                : new IncidentReport(ViolenceType.valueOf(violenceType), PerpetratorType.valueOf(rows.getString(12)),
                        rows.getString(13), occurredOn, rows.getString(15));
        return new SignalDetail(rows.getString(7), location, report, rows.getString(16));
    }

    private List<RiskFactor> factors(String text) {
        try {
            return json.readValue(text, FACTORS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not read the risk factors of a stored signal", e);
        }
    }
}
