package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Plain JDBC statements of the directory and the policies, on the caller's connection (so in its
 * transaction). Parameters may be strings (null for SQL NULL), arrays of strings, numbers, booleans or
 * instants; a broken constraint becomes the
 * {@link org.centinela.escalation.application.DirectoryConflict} it stands for.
 */
@ApplicationScoped
public class Statements {

    /** Reads one row into a value. */
    interface Row<T> {
        T read(ResultSet rows) throws SQLException;
    }

    private final DataSource dataSource;

    public Statements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    <T> List<T> query(String sql, Row<T> row, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql)) {
            bind(select, parameters);
            List<T> values = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    values.add(row.read(rows));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the directory", e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... parameters) {
        return query(sql, row, parameters).stream().findFirst();
    }

    /** How many rows {@code sql} changed; {@code doing} says what, for an unexpected failure. */
    int update(String sql, String doing, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw DatabaseConflicts.translate(e, doing);
        }
    }

    /** Runs {@code sql} once for each set of parameters, in one batch. */
    void batch(String sql, String doing, List<Object[]> parameterSets) {
        if (parameterSets.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (Object[] parameters : parameterSets) {
                bind(statement, parameters);
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            SQLException cause = e.getNextException() != null ? e.getNextException() : e;
            throw DatabaseConflicts.translate(cause, doing);
        }
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object parameter = parameters[i];
            if (parameter == null) {
                statement.setNull(i + 1, Types.VARCHAR);
            } else if (parameter instanceof Instant instant) {
                statement.setTimestamp(i + 1, Timestamp.from(instant));
            } else if (parameter instanceof String[] texts) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("varchar", texts));
            } else {
                statement.setObject(i + 1, parameter);
            }
        }
    }
}
