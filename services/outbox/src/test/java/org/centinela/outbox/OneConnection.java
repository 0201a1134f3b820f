package org.centinela.outbox;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * One connection to the local PostgreSQL with a temporary {@code outbox_event} table of the services'
 * shape, which disappears with it: the outbox's tests leave nothing behind in any database.
 */
final class OneConnection {

    private static final String URL = "jdbc:postgresql://" + System.getProperty("database.host", "127.0.0.1:5432")
            + "/postgres";

    private OneConnection() {
    }

    static Connection withTemporaryOutbox() throws SQLException {
        Connection connection = DriverManager.getConnection(URL, "centinela", "centinela");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TEMPORARY TABLE outbox_event (id UUID PRIMARY KEY, topic VARCHAR(249) NOT NULL,"
                    + " event_key VARCHAR(255) NOT NULL, event_type VARCHAR(255), payload JSONB,"
                    + " created_at TIMESTAMPTZ NOT NULL, published_at TIMESTAMPTZ, sequence BIGSERIAL)");
        }
        return connection;
    }

    /**
     * A data source that lends the same connection to one borrower at a time (the temporary table lives on
     * it): a borrower holds it from {@code getConnection()} until she closes it, which keeps it open.
     */
    static DataSource of(Connection connection) {
        ReentrantLock lent = new ReentrantLock(true);
        Connection borrowed = (Connection) Proxy.newProxyInstance(OneConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if ("close".equals(method.getName())) {
                        lent.unlock();
                        return null;
                    }
                    try {
                        return method.invoke(connection, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        return (DataSource) Proxy.newProxyInstance(OneConnection.class.getClassLoader(),
                new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if ("getConnection".equals(method.getName())) {
                        lent.lock();
                        return borrowed;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
