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
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.escalation.application.DueStep;
import org.centinela.escalation.application.DueSteps;
import org.centinela.escalation.domain.alert.Step;
import org.centinela.escalation.domain.alert.StepKind;

/** The durable timers in {@code alert_step}, claimed with {@code FOR UPDATE SKIP LOCKED}. */
@ApplicationScoped
public class JdbcDueSteps implements DueSteps {

    private static final String CLAIM = "SELECT alert_id, kind, level, round, due_at FROM alert_step"
            + " WHERE due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String DELETE = "DELETE FROM alert_step WHERE alert_id = ? AND kind = ? AND level = ?"
            + " AND round = ?";

    private final DataSource dataSource;

    public JdbcDueSteps(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<DueStep> claim(Instant now, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setInt(2, limit);
            List<DueStep> due = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(new DueStep(rows.getObject(1, UUID.class), new Step(StepKind.valueOf(rows.getString(2)),
                            rows.getInt(3), rows.getInt(4), rows.getTimestamp(5).toInstant())));
                }
            }
            return due;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim due steps", e);
        }
    }

    @Override
    public void done(List<DueStep> steps) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(DELETE)) {
            for (DueStep due : steps) {
                delete.setObject(1, due.alertId());
                delete.setString(2, due.step().kind().name());
                delete.setInt(3, due.step().level());
                delete.setInt(4, due.step().round());
                delete.addBatch();
            }
            delete.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("could not forget fired steps", e);
        }
    }
}
