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
import org.centinela.notification.application.AckLinks;

/** The acknowledgement links as the table {@code ack_link}, by the hash of their token. */
@ApplicationScoped
public class JdbcAckLinks implements AckLinks {

    private final DataSource dataSource;

    public JdbcAckLinks(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void issued(String tokenHash, UUID deliveryId, Instant expiresAt, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO ack_link"
                        + " (token_hash, delivery_id, expires_at, issued_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, tokenHash);
            insert.setObject(2, deliveryId);
            insert.setTimestamp(3, Timestamp.from(expiresAt));
            insert.setTimestamp(4, Timestamp.from(now));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record an acknowledgement link", e);
        }
    }

    @Override
    public Optional<Issued> find(String tokenHash) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT delivery_id, used_at FROM ack_link WHERE token_hash = ?")) {
            select.setString(1, tokenHash);
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp used = row.getTimestamp(2);
                return Optional.of(new Issued(row.getObject(1, UUID.class), used == null ? null : used.toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read an acknowledgement link", e);
        }
    }

    @Override
    public boolean use(String tokenHash, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE ack_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, tokenHash);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not use an acknowledgement link", e);
        }
    }
}
