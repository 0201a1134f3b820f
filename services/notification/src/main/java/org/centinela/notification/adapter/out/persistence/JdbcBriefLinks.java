package org.centinela.notification.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.notification.Channel;
import org.centinela.notification.application.BriefLinks;

/** The brief links as the table {@code brief_link}, by the hash of their token. */
@ApplicationScoped
public class JdbcBriefLinks implements BriefLinks {

    private final DataSource dataSource;

    public JdbcBriefLinks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void issued(Link link, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO brief_link (token_hash,"
                        + " idempotency_key, delivery_id, channel, alert_id, person_id, expires_at, issued_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, link.tokenHash());
            insert.setString(2, link.idempotencyKey());
            insert.setObject(3, link.deliveryId());
            insert.setString(4, link.channel().name());
            insert.setObject(5, link.alertId());
            insert.setString(6, link.personId());
            insert.setTimestamp(7, Timestamp.from(link.expiresAt()));
            insert.setTimestamp(8, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a brief link", e);
        }
    }

    @Override
    public Optional<Link> find(String tokenHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT idempotency_key, delivery_id, channel,"
                        + " alert_id, person_id, expires_at, acknowledged_at FROM brief_link WHERE token_hash = ?")) {
            select.setString(1, tokenHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp acknowledged = row.getTimestamp("acknowledged_at");
                return Optional.of(new Link(tokenHash, row.getString("idempotency_key"),
                        row.getObject("delivery_id", UUID.class), Channel.valueOf(row.getString("channel")),
                        row.getObject("alert_id", UUID.class), row.getString("person_id"),
                        row.getTimestamp("expires_at").toInstant(),
                        acknowledged == null ? null : acknowledged.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read a brief link", e);
        }
    }

    @Override
    public boolean acknowledge(String tokenHash, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE brief_link SET acknowledged_at = ? WHERE token_hash = ? AND acknowledged_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, tokenHash);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a brief link's acknowledgement", e);
        }
    }
}
