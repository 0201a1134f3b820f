package org.centinela.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** What intake wrote to its test database, to assert on: the outbox rows a test caused, and what any table holds. */
public final class IntakeDatabase {

    /** One outbox row: topic, key, CloudEvents type and JSON payload. */
    public record OutboxRow(String topic, String key, String type, String payload) {
    }

    private final DataSource dataSource;

    public IntakeDatabase(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The database the packaged app of an integration test uses (profile {@code it}). */
    public static IntakeDatabase ofPackagedApp() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl("jdbc:postgresql://127.0.0.1:5432/centinela_intake_test");
        dataSource.setUser("centinela");
        dataSource.setPassword("centinela");
        return new IntakeDatabase(dataSource);
    }

    /** The outbox rows whose key is {@code key}, oldest first. */
    public List<OutboxRow> outbox(String key) {
        return query("SELECT topic, event_key, event_type, payload::text FROM outbox_event WHERE event_key = ? ORDER BY sequence",
                row -> new OutboxRow(row.getString(1), row.getString(2), row.getString(3), row.getString(4)), key);
    }

    /** The tables of intake's database with a row that holds {@code text} anywhere, in any column. */
    public List<String> tablesHolding(String text) {
        List<String> tables = new ArrayList<>();
        for (String table : column("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'")) {
            if (!column("SELECT 1 FROM \"" + table + "\" AS r WHERE strpos(r::text, ?) > 0 LIMIT 1", text).isEmpty()) {
                tables.add(table);
            }
        }
        return tables;
    }

    /** The state of the check-in {@code id}: OPEN, CLOSED or MISSED. */
    public String checkInState(String id) {
        return column("SELECT state FROM checkin WHERE id = ?::uuid", id).get(0);
    }

    /** How many check-ins of {@code defenderId} are still open. */
    public int openCheckIns(String defenderId) {
        return Integer.parseInt(column("SELECT count(*) FROM checkin WHERE defender_id = ? AND state = 'OPEN'",
                defenderId).get(0));
    }

    public void execute(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> column(String sql, String... parameters) {
        return query(sql, row -> row.getString(1), parameters);
    }

    /** What is read from one row. */
    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private <T> List<T> query(String sql, RowReader<T> reader, String... parameters) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setString(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
