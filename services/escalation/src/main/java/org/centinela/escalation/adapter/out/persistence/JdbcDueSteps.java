package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.escalation.application.DueStep;
import org.centinela.escalation.application.DueSteps;
import org.centinela.escalation.application.FailedStep;
import org.centinela.escalation.domain.alert.Step;
import org.centinela.escalation.domain.alert.StepKind;

/**
 * The durable timers in {@code alert_step}, claimed with {@code FOR UPDATE SKIP LOCKED}; a step's failures in a row,
 * the class of its last one, its next try and when it was set aside are kept on its row.
 */
@ApplicationScoped
public class JdbcDueSteps implements DueSteps {

    private static final String CLAIM = "SELECT alert_id, kind, level, round, due_at FROM alert_step"
            + " WHERE due_at <= ? AND set_aside_at IS NULL AND (retry_at IS NULL OR retry_at <= ?)"
            + " ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED";
    private static final String DELETE = "DELETE FROM alert_step WHERE alert_id = ? AND kind = ? AND level = ?"
            + " AND round = ?";

    private static final String FAILED_COLUMNS = "id, alert_id, kind, level, round, due_at, attempts, last_failure,"
            + " retry_at, set_aside_at";
    /** The backoff doubles with each failure in a row, up to 2^16 times the first. */
    private static final String FAILED = "UPDATE alert_step SET attempts = attempts + 1, last_failure = ?,"
            + " retry_at = ?::timestamptz + make_interval(secs => ?::float8 * power(2, LEAST(attempts, 16))),"
            + " set_aside_at = CASE WHEN attempts + 1 >= ? THEN ?::timestamptz END"
            + " WHERE alert_id = ? AND kind = ? AND level = ? AND round = ? RETURNING " + FAILED_COLUMNS;
    private static final String SET_ASIDE = "SELECT " + FAILED_COLUMNS + " FROM alert_step"
            + " WHERE set_aside_at IS NOT NULL ORDER BY set_aside_at, id LIMIT ?";
    private static final String COUNT_SET_ASIDE = "SELECT count(*) FROM alert_step WHERE set_aside_at IS NOT NULL";
    /** Returns the step as it was set aside. */
    private static final String RETRY = "WITH before AS (SELECT " + FAILED_COLUMNS + " FROM alert_step"
            + " WHERE id = ? AND set_aside_at IS NOT NULL FOR UPDATE)"
            + " UPDATE alert_step s SET attempts = 0, last_failure = NULL, retry_at = NULL, set_aside_at = NULL"
            + " FROM before WHERE s.id = before.id RETURNING before.*";

    private final DataSource dataSource;
    private final Statements statements;

    public JdbcDueSteps(DataSource dataSource, Statements statements) {
        this.dataSource = dataSource;
        this.statements = statements;
    }

    @Override
    public List<DueStep> claim(Instant now, int limit) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(CLAIM)) {
            select.setTimestamp(1, Timestamp.from(now));
            select.setTimestamp(2, Timestamp.from(now));
            select.setInt(3, limit);
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

    @Override
    public List<FailedStep> failed(List<DueStep> steps, String failure, Instant now, Duration backoff,
            int setAsideAfter) {
        double backoffSeconds = backoff.toNanos() / 1e9;
        List<FailedStep> failed = new ArrayList<>(steps.size());
        for (DueStep due : steps) {
            failed.addAll(statements.query(FAILED, JdbcDueSteps::failedStep, failure, now, backoffSeconds,
                    setAsideAfter, now, due.alertId(), due.step().kind().name(), due.step().level(),
                    due.step().round()));
        }
        return failed;
    }

    @Override
    public List<FailedStep> setAside(int limit) {
        return statements.query(SET_ASIDE, JdbcDueSteps::failedStep, limit);
    }

    @Override
    public long countSetAside() {
        return statements.one(COUNT_SET_ASIDE, rows -> rows.getLong(1)).orElse(0L);
    }

    @Override
    public Optional<FailedStep> retry(UUID id) {
        return statements.one(RETRY, JdbcDueSteps::failedStep, id);
    }

    private static FailedStep failedStep(ResultSet rows) throws SQLException {
        Timestamp retryAt = rows.getTimestamp(9);
        Timestamp setAsideAt = rows.getTimestamp(10);
        return new FailedStep(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                new Step(StepKind.valueOf(rows.getString(3)), rows.getInt(4), rows.getInt(5),
                        rows.getTimestamp(6).toInstant()),
                rows.getInt(7), rows.getString(8), retryAt == null ? null : retryAt.toInstant(),
                setAsideAt == null ? null : setAsideAt.toInstant());
    }
}
