package org.centinela.escalation.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centinela.escalation.application.engine.BriefNetwork.assessed;
import static org.centinela.escalation.application.engine.BriefNetwork.received;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySource;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.AlertBrief.BriefSignal;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.directory.DeviceId;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.IncidentReport;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.contracts.signal.ViolenceType;
import org.centinela.escalation.application.engine.BriefNetwork;
import org.centinela.escalation.application.engine.EngineProfile;
import org.centinela.escalation.application.engine.OnMartasNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code signals.received} through the in-memory connector into {@code signal_detail} and the alerts' briefs. */
@QuarkusTest
@TestProfile(EngineProfile.class)
class ReceivedSignalsConsumerTest extends OnMartasNetwork {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    @Any
    InMemoryConnector connector;

    private InMemorySource<byte[]> signals;

    @BeforeEach
    void theTopic() {
        signals = connector.source(ReceivedSignalsConsumer.CHANNEL);
    }

    @Test
    void whatASignalCarriedIsKeptOnceHoweverOftenItComes() throws SQLException {
        SignalReceived sos = received(marta.marta, SignalType.PANIC, SignalSource.APP, T0, "me siguen",
                new Location(15.4709, -90.3707, 12.0));
        SignalReceived cancel = received(marta.marta, SignalType.CANCEL, SignalSource.SMS, T0, null, null);
        SignalReceived last = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);

        List.of(sos, sos, cancel, last).forEach(signal -> signals.send(EventJson.write(signal)));

        await().atMost(PATIENCE).until(() -> kept(last.signalId()) == 1);
        assertThat(kept(sos.signalId())).isEqualTo(1);
        assertThat(kept(cancel.signalId())).as("a cancel is no part of a brief").isZero();
        assertThat(detailOf(sos.signalId())).isEqualTo("PANIC APP me siguen 15.4709 -90.3707 12.0");
    }

    @Test
    void herWordsAreKeptEvenWithANulInThemWhichTheDatabaseCannotHold() throws SQLException {
        IncidentReport report = new IncidentReport(ViolenceType.values()[0], PerpetratorType.values()[0],
                "mercado\u0000 de Cobán", null, "Dos\u0000 hombres");
        SignalReceived withANul = new SignalReceived(UUID.randomUUID(), marta.marta, true, SignalType.REPORT,
                SignalSource.SMS, T0, "me\u0000 siguen", null, report);

        signals.send(EventJson.write(withANul));

        await().atMost(PATIENCE).until(() -> kept(withANul.signalId()) == 1);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT text, place, narrative FROM signal_detail WHERE signal_id = ?")) {
            select.setObject(1, withANul.signalId());
            try (ResultSet row = select.executeQuery()) {
                row.next();
                assertThat(List.of(row.getString(1), row.getString(2), row.getString(3)))
                        .containsExactly("me siguen", "mercado de Cobán", "Dos hombres");
            }
        }
    }

    @Test
    void detailsArrivingAfterTheirAlertOpenedChangeItsBriefOnce() {
        SignalReceived sos = received(marta.marta, SignalType.PANIC, SignalSource.APP, T0, "SOS mercado de Cobán",
                new Location(15.4709, -90.3707, 12.0));
        UUID alertId = raiseAlert.apply(assessed(sos, Grade.HIGH)).orElseThrow();
        SignalReceived later = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);

        signals.send(EventJson.write(sos));
        signals.send(EventJson.write(sos));
        signals.send(EventJson.write(later));

        await().atMost(PATIENCE).until(() -> kept(later.signalId()) == 1);
        List<AlertBrief> briefs = outboxed.events(Topics.ALERTS_BRIEFS, alertId.toString(), AlertBrief.class);
        assertThat(briefs).extracting(AlertBrief::version).containsExactly(1L, 2L);
        assertThat(briefs.get(1).signals()).singleElement().satisfies(signal -> {
            assertThat(signal.text()).isEqualTo("SOS mercado de Cobán");
            assertThat(signal.location()).isEqualTo(new Location(15.4709, -90.3707, 12.0));
        });
        assertThat(briefs.get(0).signals()).extracting(BriefSignal::text).containsOnlyNulls();
        assertThat(outboxed.events(Topics.ALERTS_LIFECYCLE, alertId.toString(), AlertLifecycle.class))
                .extracting(AlertLifecycle::kind).containsOnlyOnce(LifecycleKind.BRIEF_UPDATED);
    }

    @Test
    void whatIsNoSignalIsRefusedAndTheNextIsKept() {
        SignalReceived next = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);

        signals.send("{\"not\": \"a signal\"}".getBytes());
        signals.send(EventJson.write(next));

        await().atMost(PATIENCE).until(() -> kept(next.signalId()) == 1);
    }

    @Test
    void aSignalOfHerAppMarksTheDeviceThatSentItAsUsedAndNeverFailsForADeviceRevokedMeanwhile() throws SQLException {
        String tokenHash = "a-token-fingerprint-" + UUID.randomUUID();
        people.addDevice(marta.marta, tokenHash, T0);
        UUID deviceId = DeviceId.of(tokenHash);
        SignalReceived sent = received(marta.marta, SignalType.PANIC, SignalSource.APP, T0.plusSeconds(60), "SOS", null)
                .fromDevice(deviceId);
        SignalReceived earlier = received(marta.marta, SignalType.CHECKIN_MISSED, SignalSource.APP, T0.plusSeconds(30),
                null, null).fromDevice(deviceId);
        SignalReceived fromARevokedDevice = received(marta.marta, SignalType.PANIC, SignalSource.APP,
                T0.plusSeconds(90), "SOS", null).fromDevice(UUID.randomUUID());

        List.of(sent, earlier, fromARevokedDevice).forEach(signal -> signals.send(EventJson.write(signal)));

        await().atMost(PATIENCE).until(() -> kept(fromARevokedDevice.signalId()) == 1);
        assertThat(people.devices(marta.marta)).singleElement()
                .satisfies(device -> assertThat(device.lastUsedAt()).as("the latest use, not the last to arrive")
                        .isEqualTo(T0.plusSeconds(60)));
    }

    @Test
    void whatAPhoneSeizedSignalCarriedIsNeverKept() throws SQLException {
        SignalReceived seized = received(marta.marta, SignalType.PHONE_SEIZED, SignalSource.SMS, T0, "colibri", null);
        SignalReceived next = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);

        signals.send(EventJson.write(seized));
        signals.send(EventJson.write(next));

        await().atMost(PATIENCE).until(() -> kept(next.signalId()) == 1);
        assertThat(kept(seized.signalId())).isZero();
    }

    private int kept(UUID signalId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT count(*) FROM signal_detail WHERE signal_id = ?")) {
            select.setObject(1, signalId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private String detailOf(UUID signalId) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT type, source, text, lat, lon,"
                        + " accuracy_m FROM signal_detail WHERE signal_id = ?")) {
            select.setObject(1, signalId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " " + row.getDouble(4)
                        + " " + row.getDouble(5) + " " + row.getDouble(6);
            }
        }
    }
}
