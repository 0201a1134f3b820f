package org.centinela.escalation.application.engine;

import static org.centinela.contracts.notification.Channel.SMS;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.application.RaiseAlert;

/**
 * A poison alert, whose stored row the engine cannot read (so each of its steps throws every time it fires), among
 * healthy alerts of the drill policy, on the real database: for the tests of failing steps.
 */
final class PoisonAlerts {

    static final int HEALTHY = 5;

    private final DataSource dataSource;

    PoisonAlerts(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Forgets every alert and sets up the drill network, with the poison defender. */
    void drillNetwork(FakeNetwork network, FakePolicies policies) throws SQLException {
        update("TRUNCATE alert, alert_step, alert_timeline, alert_recipient, handled_message, unmatched_input,"
                + " outbox_event CASCADE");
        network.clear();
        policies.clear();
        policies.save(EngineTest.POLICY);
        network.group("trusted", "r-ana", "r-bea").group("unit", "r-caro", "r-dora")
                .responder("r-ana", SMS).responder("r-bea", SMS).responder("r-caro", SMS).responder("r-dora", SMS)
                .defender("d-poison", "drill");
    }

    /** Opens the poison alert, whose steps come first in the queue; its row as it was stored. */
    Poison raisePoison(RaiseAlert raiseAlert, Instant at) throws SQLException {
        UUID poison = raiseAlert.apply(panic("d-poison", at)).orElseThrow();
        String snapshot = text("SELECT snapshot::text FROM alert WHERE id = '" + poison + "'");
        update("UPDATE alert SET snapshot = '\"corrupt\"'::jsonb WHERE id = '" + poison + "'");
        update("UPDATE alert_step SET due_at = due_at - interval '1 millisecond' WHERE alert_id = '" + poison + "'");
        return new Poison(poison, snapshot);
    }

    /** Opens the healthy alerts. */
    List<UUID> raiseHealthy(RaiseAlert raiseAlert, FakeNetwork network, Instant at) {
        List<UUID> healthy = new ArrayList<>();
        for (int i = 0; i < HEALTHY; i++) {
            network.defender("d-" + i, "drill");
            healthy.add(raiseAlert.apply(panic("d-" + i, at)).orElseThrow());
        }
        return healthy;
    }

    /** Makes the poison alert readable again: what an operator fixes before retrying its steps. */
    void repair(Poison poison) throws SQLException {
        update("UPDATE alert SET snapshot = '" + poison.snapshot().replace("'", "''") + "'::jsonb WHERE id = '"
                + poison.id() + "'");
    }

    void update(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    int count(String sql) throws SQLException {
        return Integer.parseInt(text(sql));
    }

    String text(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getString(1);
        }
    }

    private static SignalAssessed panic(String defender, Instant at) {
        return new SignalAssessed(UUID.randomUUID(), defender, true, SignalType.PANIC, SignalSource.SMS, at, 70,
                Grade.HIGH, 1, List.of(), false, null, null, null);
    }

    /** The poison alert, and its row as it was stored. */
    record Poison(UUID id, String snapshot) {
    }
}
