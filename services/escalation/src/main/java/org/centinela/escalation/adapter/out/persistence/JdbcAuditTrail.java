package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.centinela.escalation.application.AuditTrail;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.AuditEntry;

/** The audit log in the service's PostgreSQL table {@code audit_entry}. */
@ApplicationScoped
public class JdbcAuditTrail implements AuditTrail {

    private static final String INSERT =
            "INSERT INTO audit_entry (at, actor, action, subject, channel) VALUES (?, ?, ?, ?, ?) RETURNING sequence";
    private static final String PAGE = "SELECT sequence, at, actor, action, subject, channel FROM audit_entry"
            + " WHERE sequence < ? ORDER BY sequence DESC LIMIT ?";

    private final DataSource dataSource;

    public JdbcAuditTrail(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public AuditEntry append(Instant at, String actor, AuditAction action, String subject, String channel) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setTimestamp(1, Timestamp.from(at));
            insert.setString(2, actor);
            insert.setString(3, action.name());
            insert.setString(4, subject);
            insert.setString(5, channel);
            try (ResultSet key = insert.executeQuery()) {
                key.next();
                return new AuditEntry(key.getLong(1), at, actor, action, subject, channel);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not append to the audit log", e);
        }
    }

    @Override
    public List<AuditEntry> page(long before, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(PAGE)) {
            select.setLong(1, before);
            select.setInt(2, limit);
            List<AuditEntry> entries = new ArrayList<>(limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new AuditEntry(rows.getLong(1), rows.getTimestamp(2).toInstant(), rows.getString(3),
                            AuditAction.valueOf(rows.getString(4)), rows.getString(5), rows.getString(6)));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the audit log", e);
        }
    }
}
