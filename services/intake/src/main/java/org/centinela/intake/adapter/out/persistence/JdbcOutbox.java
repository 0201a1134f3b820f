package org.centinela.intake.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.intake.application.Outbox;

/** The outbox as the table {@code outbox_event}, written in the caller's transaction. */
@ApplicationScoped
public class JdbcOutbox implements Outbox {

    private static final String INSERT = "INSERT INTO outbox_event (id, topic, event_key, event_type, payload, created_at)"
            + " VALUES (?, ?, ?, ?, ?::jsonb, ?)";

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcOutbox(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public void append(CentinelaEvent event) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, event.topic());
            insert.setString(3, event.key());
            insert.setString(4, event.cloudEventType());
            insert.setString(5, new String(EventJson.write(event), StandardCharsets.UTF_8));
            insert.setTimestamp(6, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not write to the outbox", e);
        }
    }
}
