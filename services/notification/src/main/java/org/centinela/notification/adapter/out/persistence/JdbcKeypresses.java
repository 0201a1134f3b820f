package org.centinela.notification.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import org.centinela.notification.application.Keypresses;

/** The keypresses received, in {@code call_keypress}; a concurrent retry waits for the first to commit. */
@ApplicationScoped
public class JdbcKeypresses implements Keypresses {

    private final DataSource dataSource;

    public JdbcKeypresses(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean firstTime(String callSid, String digits, Instant now) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO call_keypress"
                        + " (call_sid, digits, received_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, callSid);
            insert.setString(2, digits);
            insert.setTimestamp(3, Timestamp.from(now));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a keypress", e);
        }
    }
}
