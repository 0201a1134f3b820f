package org.centinela.risk.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.risk.application.AlertHistory;

/** Alerts opened per defender, in {@code defender_alert}. */
@ApplicationScoped
public class JdbcAlertHistory implements AlertHistory {

    private final DataSource dataSource;

    public JdbcAlertHistory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void opened(UUID alertId, String defenderId, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO defender_alert"
                        + " (alert_id, defender_id, opened_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setObject(1, alertId);
            insert.setString(2, defenderId);
            insert.setTimestamp(3, Timestamp.from(at));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an opened alert", e);
        }
    }

    @Override
    public List<Opened> openedSince(Collection<String> defenderIds, Instant since) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT defender_id, opened_at FROM defender_alert WHERE defender_id = ANY (?) AND opened_at >= ?")) {
            select.setArray(1, connection.createArrayOf("varchar", defenderIds.toArray()));
            select.setTimestamp(2, Timestamp.from(since));
            List<Opened> opened = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    opened.add(new Opened(rows.getString(1), rows.getTimestamp(2).toInstant()));
                }
            }
            return opened;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read her alerts", e);
        }
    }
}
