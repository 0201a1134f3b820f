package org.centinela.notification.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.notification.application.Briefs;
import org.centinela.notification.domain.KnownBrief;

/**
 * The latest brief of each alert as the table {@code alert_brief}, the brief as its event JSON. A brief replaces
 * the one held only with a higher version and while the alert is not over; the end of the alert erases it.
 */
@ApplicationScoped
public class JdbcBriefs implements Briefs {

    private final DataSource dataSource;

    public JdbcBriefs(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean keep(AlertBrief brief, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO alert_brief"
                        + " (alert_id, version, brief, updated_at) VALUES (?, ?, ?::jsonb, ?)"
                        + " ON CONFLICT (alert_id) DO UPDATE SET version = EXCLUDED.version, brief = EXCLUDED.brief,"
                        + " updated_at = EXCLUDED.updated_at"
                        + " WHERE alert_brief.over_at IS NULL AND alert_brief.version < EXCLUDED.version")) {
            upsert.setObject(1, brief.alertId());
            upsert.setLong(2, brief.version());
            upsert.setString(3, new String(EventJson.write(brief), StandardCharsets.UTF_8));
            upsert.setTimestamp(4, Timestamp.from(now));
            return upsert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not keep a brief", e);
        }
    }

    @Override
    public void over(UUID alertId, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("INSERT INTO alert_brief"
                        + " (alert_id, version, brief, over_at, updated_at) VALUES (?, 0, NULL, ?, ?)"
                        + " ON CONFLICT (alert_id) DO UPDATE SET brief = NULL,"
                        + " over_at = coalesce(alert_brief.over_at, EXCLUDED.over_at), updated_at = EXCLUDED.updated_at")) {
            Timestamp at = Timestamp.from(now);
            upsert.setObject(1, alertId);
            upsert.setTimestamp(2, at);
            upsert.setTimestamp(3, at);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the end of an alert", e);
        }
    }

    @Override
    public KnownBrief find(UUID alertId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT brief::text, over_at FROM alert_brief WHERE alert_id = ?")) {
            select.setObject(1, alertId);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return KnownBrief.none();
                }
                if (row.getTimestamp(2) != null) {
                    return KnownBrief.ended();
                }
                return KnownBrief.of(EventJson.read(row.getString(1).getBytes(StandardCharsets.UTF_8), AlertBrief.class));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a brief", e);
        }
    }
}
