package org.centinela.escalation.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import javax.sql.DataSource;
import org.centinela.escalation.application.Isolation;

/**
 * Isolation by a PostgreSQL savepoint on the transaction's connection. The savepoint is set and undone in SQL: the
 * pool refuses {@code Connection.rollback(Savepoint)} on a connection enlisted in a transaction, while the statements
 * are the database's own and leave the transaction to its manager.
 */
@ApplicationScoped
public class JdbcSavepoints implements Isolation {

    private final DataSource dataSource;

    public JdbcSavepoints(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Throwable> attempt(Runnable work) {
        execute("SAVEPOINT isolated");
        try {
            work.run();
        } catch (Throwable failure) { // an Error of one alert's step is that alert's failure, not the batch's
            execute("ROLLBACK TO SAVEPOINT isolated");
            execute("RELEASE SAVEPOINT isolated");
            return Optional.of(failure);
        }
        execute("RELEASE SAVEPOINT isolated");
        return Optional.empty();
    }

    private void execute(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run " + sql, e);
        }
    }
}
