package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import javax.sql.DataSource;
import org.centinela.contracts.StorableText;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.escalation.application.SignalDetails;

/** The details of received signals in {@code signal_detail}, one row per signal, written once. */
@ApplicationScoped
public class JdbcSignalDetails implements SignalDetails {

    private static final String INSERT = "INSERT INTO signal_detail (signal_id, defender_id, type, source, received_at,"
            + " text, lat, lon, accuracy_m, violence_type, perpetrator_type, place, occurred_on, narrative,"
            + " sender_phone, kept_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            + " ON CONFLICT (signal_id) DO NOTHING";

    private final DataSource dataSource;

    public JdbcSignalDetails(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean keep(SignalReceived signal, Instant at) {
        Location location = signal.location();
        IncidentReport report = signal.report();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, signal.signalId());
            insert.setString(2, signal.defenderId());
            insert.setString(3, signal.type().name());
            insert.setString(4, signal.source().name());
            insert.setTimestamp(5, Timestamp.from(signal.receivedAt()));
            insert.setString(6, StorableText.of(signal.text()));
            setDouble(insert, 7, location == null ? null : location.lat());
            setDouble(insert, 8, location == null ? null : location.lon());
            setDouble(insert, 9, location == null ? null : location.accuracyM());
            insert.setString(10, report == null ? null : report.violenceType().name());
            insert.setString(11, report == null ? null : report.perpetratorType().name());
            insert.setString(12, report == null ? null : StorableText.of(report.place()));
            insert.setObject(13, report == null ? null : report.occurredOn(), Types.DATE);
            insert.setString(14, report == null ? null : StorableText.of(report.narrative()));
            insert.setString(15, signal.senderPhone());
            insert.setTimestamp(16, Timestamp.from(at));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep the details of signal " + signal.signalId(), e);
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Double value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DOUBLE);
        } else {
            statement.setDouble(index, value);
        }
    }
}
