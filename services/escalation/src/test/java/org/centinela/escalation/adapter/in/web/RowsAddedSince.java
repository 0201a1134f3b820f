package org.centinela.escalation.adapter.in.web;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * What the directory, the policies, the outbox and the audit log held at one moment, to delete whatever was added
 * after it: a test that writes ids and values it cannot foresee (a fuzz run) leaves the test database as it found it.
 */
final class RowsAddedSince {

    private final DataSource dataSource;
    private final String[] people;
    private final String[] groups;
    private final String[] policies;
    private final long outboxSequence;
    private final long auditSequence;

    private RowsAddedSince(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection()) {
            people = ids(connection, "SELECT id FROM person");
            groups = ids(connection, "SELECT id FROM responder_group");
            policies = ids(connection, "SELECT DISTINCT policy_id FROM policy_version");
            outboxSequence = last(connection, "SELECT COALESCE(MAX(sequence), 0) FROM outbox_event");
            auditSequence = last(connection, "SELECT COALESCE(MAX(sequence), 0) FROM audit_entry");
        }
    }

    static RowsAddedSince now(DataSource dataSource) throws SQLException {
        return new RowsAddedSince(dataSource);
    }

    /** Deletes every group, person, policy, outbox event and audit entry added since {@link #now}. */
    void delete() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            deleteAllBut(connection, "DELETE FROM responder_group WHERE id <> ALL(?)", groups);
            deleteAllBut(connection, "DELETE FROM group_member WHERE responder_id <> ALL(?)", people);
            deleteAllBut(connection, "DELETE FROM person WHERE id <> ALL(?)", people);
            deleteAllBut(connection, "DELETE FROM policy WHERE id <> ALL(?)", policies);
            deleteAllBut(connection, "DELETE FROM policy_version WHERE policy_id <> ALL(?)", policies);
            deleteAfter(connection, "DELETE FROM outbox_event WHERE sequence > ?", outboxSequence);
            deleteAfter(connection, "DELETE FROM audit_entry WHERE sequence > ?", auditSequence);
            connection.commit();
        }
    }

    private static String[] ids(Connection connection, String query) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids.toArray(String[]::new);
    }

    private static long last(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void deleteAllBut(Connection connection, String delete, String[] kept) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            Array array = connection.createArrayOf("varchar", kept);
            statement.setArray(1, array);
            statement.executeUpdate();
        }
    }

    private static void deleteAfter(Connection connection, String delete, long sequence) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(delete)) {
            statement.setLong(1, sequence);
            statement.executeUpdate();
        }
    }
}
