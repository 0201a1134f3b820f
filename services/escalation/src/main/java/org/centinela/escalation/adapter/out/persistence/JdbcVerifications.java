package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.centinela.escalation.application.Verifications;

/** The verifications in {@code resolve_verification}, on the caller's transaction. */
@ApplicationScoped
public class JdbcVerifications implements Verifications {

    private final Statements sql;

    public JdbcVerifications(Statements sql) {
        this.sql = sql;
    }

    @Override
    public void keep(UUID responseId, UUID alertId, String operator, String verification, Instant at) {
        sql.update("INSERT INTO resolve_verification (response_id, alert_id, operator, verification, recorded_at)"
                + " VALUES (?, ?, ?, ?, ?)", "keep how an operator verified the defender", responseId, alertId,
                operator, verification, at);
    }

    @Override
    public Optional<String> of(UUID responseId, UUID alertId, String operator) {
        return sql.one("SELECT verification FROM resolve_verification WHERE response_id = ? AND alert_id = ?"
                + " AND operator = ?", rows -> rows.getString(1), responseId, alertId, operator);
    }
}
