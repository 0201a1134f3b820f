package org.centinela.console.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.console.application.DocumentationRecords;
import org.centinela.console.domain.documentation.Counted;
import org.centinela.console.domain.documentation.DocumentedRecord;

/**
 * Reports and alerts from the read model's {@code assessed_signal} and {@code alert_signal}. A report names the
 * first alert it opened or joined; an alert is read once, with the earliest of its signals.
 */
@ApplicationScoped
public class JdbcDocumentationRecords implements DocumentationRecords {

    private static final String COLUMNS = """
            signal_id, alert_id, received_at, signal_type, violence_type, perpetrator_type, grade, score, triage,
            country""";

    private static final String REPORTS = """
            SELECT a.signal_id,
                   (SELECT j.alert_id FROM alert_signal j WHERE j.signal_id = a.signal_id
                     ORDER BY j.joined_at LIMIT 1) AS alert_id,
                   a.received_at, a.signal_type, a.violence_type, a.perpetrator_type, a.grade, a.score, a.triage,
                   a.country
              FROM assessed_signal a
             WHERE a.signal_type = 'REPORT'
             ORDER BY a.received_at, a.signal_id""";

    private static final String ALERTS = """
            SELECT %s FROM (
                SELECT DISTINCT ON (j.alert_id) a.signal_id, j.alert_id, a.received_at, a.signal_type,
                       a.violence_type, a.perpetrator_type, a.grade, a.score, a.triage, a.country
                  FROM alert_signal j JOIN assessed_signal a ON a.signal_id = j.signal_id
                 ORDER BY j.alert_id, a.received_at, a.signal_id) first_signal
             ORDER BY received_at, alert_id""".formatted(COLUMNS);

    private final DataSource database;

    public JdbcDocumentationRecords(DataSource database) {
        this.database = database;
    }

    @Override
    public List<DocumentedRecord> all(Counted counted) {
        List<DocumentedRecord> found = new ArrayList<>();
        try (Connection c = database.getConnection();
                PreparedStatement s = c.prepareStatement(counted == Counted.REPORTS ? REPORTS : ALERTS);
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                found.add(new DocumentedRecord(counted, r.getObject(1, UUID.class), r.getObject(2, UUID.class),
                        r.getTimestamp(3).toInstant(), r.getString(4), r.getString(5), r.getString(6),
                        r.getString(7), r.getInt(8), r.getBoolean(9), r.getString(10)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the documentation's " + counted.code(), e);
        }
        return found;
    }
}
