package org.centinela.escalation.adapter.out.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The alert gauges on the test database: alerts written as rows, counted at the next read of the counts. */
@QuarkusTest
class AlertGaugesTest {

    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;
    @Inject
    AlertGauges gauges;

    private final List<UUID> written = new ArrayList<>();

    @Test
    void unacknowledgedAlertsAreCountedAndThoseWhoseOperatorsArePagedArePastTheirLastLevel() throws SQLException {
        gauges.read();
        double unacknowledged = gauge("centinela.alerts.unacknowledged");
        double pastLastLevel = gauge("centinela.alerts.past.last.level");

        alert("OPEN", 0);
        alert("ESCALATING", 1);
        alert("ESCALATING", 2);
        alert("ACKNOWLEDGED", 1);
        alert("RESOLVED", 1);
        gauges.read();

        assertThat(gauge("centinela.alerts.unacknowledged") - unacknowledged).isEqualTo(3);
        assertThat(gauge("centinela.alerts.past.last.level") - pastLastLevel).isEqualTo(2);
    }

    @AfterEach
    void forget() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement steps = connection.prepareStatement("DELETE FROM alert_step WHERE alert_id = ?");
                PreparedStatement alerts = connection.prepareStatement("DELETE FROM alert WHERE id = ?")) {
            for (UUID id : written) {
                steps.setObject(1, id);
                steps.executeUpdate();
                alerts.setObject(1, id);
                alerts.executeUpdate();
            }
        }
    }

    /** An alert in {@code state} whose next escalation is of round {@code round} (above 0: operators paged). */
    private void alert(String state, int round) throws SQLException {
        UUID id = UUID.randomUUID();
        written.add(id);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = dataSource.getConnection();
                PreparedStatement alert = connection.prepareStatement("INSERT INTO alert (id, code, defender_id, state,"
                        + " grade, score, level, verified_sender, opened_at, updated_at, snapshot)"
                        + " VALUES (?, ?, ?, ?, 'HIGH', 70, 3, true, ?, ?, '{}'::jsonb)");
                PreparedStatement step = connection.prepareStatement("INSERT INTO alert_step (alert_id, kind, level,"
                        + " round, due_at) VALUES (?, 'ESCALATE', 3, ?, ?)")) {
            alert.setObject(1, id);
            alert.setString(2, id.toString().substring(0, 8));
            alert.setString(3, "gauge-test-" + id);
            alert.setString(4, state);
            alert.setTimestamp(5, now);
            alert.setTimestamp(6, now);
            alert.executeUpdate();
            step.setObject(1, id);
            step.setInt(2, round);
            step.setTimestamp(3, Timestamp.from(Instant.now().plusSeconds(3600)));
            step.executeUpdate();
        }
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
