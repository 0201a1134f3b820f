package org.centinela.intake.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.intake.application.CheckIns;
import org.centinela.intake.domain.CheckIn;

/**
 * Check-in timers in {@code checkin}. Overdue ones are claimed with {@code FOR UPDATE SKIP LOCKED}, so two
 * replicas never raise the same missed check-in.
 */
@ApplicationScoped
public class JdbcCheckIns implements CheckIns {

    private static final String COLUMNS = "id, defender_id, due_at, note, state, created_at";

    private final DataSource dataSource;

    public JdbcCheckIns(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public void open(CheckIn checkIn) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO checkin (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, checkIn.id());
            insert.setString(2, checkIn.defenderId());
            insert.setTimestamp(3, Timestamp.from(checkIn.dueAt()));
            insert.setString(4, checkIn.note());
            insert.setString(5, checkIn.state().name());
            insert.setTimestamp(6, Timestamp.from(checkIn.createdAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not open a check-in", e);
        }
    }

    @Override
    public Optional<CheckIn> find(UUID id) {
        return first("SELECT " + COLUMNS + " FROM checkin WHERE id = ?", id);
    }

    @Override
    public Optional<CheckIn> latestOpen(String defenderId) {
        return first("SELECT " + COLUMNS + " FROM checkin WHERE defender_id = ? AND state = 'OPEN'"
                + " ORDER BY created_at DESC LIMIT 1", defenderId);
    }

    @Override
    public boolean close(UUID id, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE checkin SET state = 'CLOSED', closed_at = ? WHERE id = ? AND state = 'OPEN'")) {
            update.setTimestamp(1, Timestamp.from(at));
            update.setObject(2, id);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not close a check-in", e);
        }
    }

    @Override
    public List<CheckIn> claimOverdue(Instant now, int max) {
        String sql = "UPDATE checkin SET state = 'MISSED', closed_at = ? WHERE id IN ("
                + "SELECT id FROM checkin WHERE state = 'OPEN' AND due_at <= ? ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)"
                + " RETURNING " + COLUMNS;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setTimestamp(2, Timestamp.from(now));
            update.setInt(3, max);
            List<CheckIn> missed = new ArrayList<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    missed.add(checkIn(rows));
                }
            }
            return missed;
        } catch (SQLException e) {
            throw new IllegalStateException("could not claim overdue check-ins", e);
        }
    }

    private Optional<CheckIn> first(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(checkIn(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read check-ins", e);
        }
    }

    private static CheckIn checkIn(ResultSet row) throws SQLException {
        return new CheckIn(row.getObject("id", UUID.class), row.getString("defender_id"),
                row.getTimestamp("due_at").toInstant(), row.getString("note"), CheckIn.State.valueOf(row.getString("state")),
                row.getTimestamp("created_at").toInstant());
    }
}
