package org.centinela.intake.adapter.out.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.centinela.intake.application.PinFailures;
import org.centinela.intake.domain.WrongPins;

/**
 * Wrong PINs in {@code pin_failures}, one row per person, shared by every replica. Holding her row is an upsert,
 * so that it exists and is locked for the caller's transaction with one statement, the first time as every time.
 */
@ApplicationScoped
public class JdbcPinFailures implements PinFailures {

    private static final String HOLD = "INSERT INTO pin_failures (person_id, wrong_at) VALUES (?, '{}')"
            + " ON CONFLICT (person_id) DO UPDATE SET person_id = excluded.person_id RETURNING wrong_at";
    private static final String SAVE = "UPDATE pin_failures SET wrong_at = ?::timestamptz[] WHERE person_id = ?";

    private final DataSource dataSource;

    public JdbcPinFailures(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public WrongPins hold(String personId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(HOLD)) {
            upsert.setString(1, personId);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                Array array = row.getArray(1);
                List<Instant> times = new ArrayList<>();
                for (Object time : (Object[]) array.getArray()) {
                    times.add(((Timestamp) time).toInstant());
                }
                array.free();
                return new WrongPins(times);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read wrong PINs", e);
        }
    }

    @Override
    public void save(String personId, WrongPins wrong) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(SAVE)) {
            // ISO-8601 instants, which PostgreSQL reads whatever the session's time zone.
            Array array = connection.createArrayOf("text", wrong.times().stream().map(Instant::toString).toArray());
            update.setArray(1, array);
            update.setString(2, personId);
            update.executeUpdate();
            array.free();
        } catch (SQLException e) {
            throw new IllegalStateException("could not record a PIN attempt", e);
        }
    }
}
