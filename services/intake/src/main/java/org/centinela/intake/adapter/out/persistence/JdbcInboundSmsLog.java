package org.centinela.intake.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import javax.sql.DataSource;
import org.centinela.intake.application.InboundSmsLog;

/**
 * The MessageSids seen, in {@code inbound_sms}. Claiming inserts the row first: a concurrent delivery of
 * the same SMS waits on it until the first commits, then reads the reply it gave.
 */
@ApplicationScoped
public class JdbcInboundSmsLog implements InboundSmsLog {

    private final DataSource dataSource;

    public JdbcInboundSmsLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> claim(String messageSid, Instant at) {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO inbound_sms (message_sid, received_at) VALUES (?, ?) ON CONFLICT DO NOTHING")) {
                insert.setString(1, messageSid);
                insert.setTimestamp(2, Timestamp.from(at));
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT coalesce(reply_twiml, '') FROM inbound_sms WHERE message_sid = ?")) {
                select.setString(1, messageSid);
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    return Optional.of(row.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim an inbound SMS", e);
        }
    }

    @Override
    public void answered(String messageSid, String reply) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE inbound_sms SET reply_twiml = ? WHERE message_sid = ?")) {
            update.setString(1, reply);
            update.setString(2, messageSid);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the reply to an inbound SMS", e);
        }
    }
}
