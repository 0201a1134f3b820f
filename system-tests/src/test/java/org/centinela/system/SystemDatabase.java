package org.centinela.system;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The databases of the system tests, {@code centinela_<service>_system} (created by deploy/local/stack.sh, owned
 * by the role {@code centinela}): emptied before every run, so that no alert, step or delivery of an earlier run
 * fires into this one, and each service's Flyway migrates a fresh schema.
 */
final class SystemDatabase {

    /** The repository's root (set by the build), where the packaged apps and the stack's state are. */
    static final Path ROOT = Path.of(System.getProperty("centinela.root", "..")).toAbsolutePath().normalize();

    private static final String HOST = System.getProperty("database.host", "127.0.0.1:5432");

    private SystemDatabase() {
    }

    static String url(String database) {
        return "jdbc:postgresql://" + HOST + "/" + database;
    }

    static void empty(String database) {
        try (Connection connection = DriverManager.getConnection(url(database), "centinela", "centinela");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
            statement.execute("CREATE SCHEMA public");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + database
                    + " (deploy/local/stack.sh up creates it): " + e.getSQLState(), e);
        }
    }
}
