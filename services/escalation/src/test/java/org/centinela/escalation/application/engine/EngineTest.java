package org.centinela.escalation.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.contracts.notification.Channel.EMAIL;
import static org.centinela.contracts.notification.Channel.SMS;
import static org.centinela.contracts.notification.Channel.VOICE;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.Answers;
import org.centinela.escalation.application.ApplyDeliveryStatus;
import org.centinela.escalation.application.ApplyResponse;
import org.centinela.escalation.application.FireDueSteps;
import org.centinela.escalation.application.RaiseAlert;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The engine's use cases on the real database, with a clock the test moves: no sleeping. */
@QuarkusTest
@TestProfile(EngineProfile.class)
class EngineTest {

    static final EscalationPolicy POLICY = new EscalationPolicy("drill", "Drill", List.of(
            new PolicyLevel("Trusted", List.of(Target.parse("group:trusted")), java.util.Set.of(SMS), 1,
                    Duration.ofSeconds(2), Duration.ofSeconds(1)),
            new PolicyLevel("Unit", List.of(Target.parse("group:unit")), java.util.Set.of(SMS, VOICE), 2,
                    Duration.ofSeconds(5), null)),
            Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2), 1);

    @Inject
    RaiseAlert raiseAlert;
    @Inject
    ApplyResponse applyResponse;
    @Inject
    ApplyDeliveryStatus applyStatus;
    @Inject
    FireDueSteps fireDueSteps;
    @Inject
    FakeNetwork network;
    @Inject
    FakePolicies policies;
    @Inject
    SteppingClock clock;
    @Inject
    DataSource dataSource;

    @BeforeEach
    void marthasNetwork() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("TRUNCATE alert, alert_step, alert_timeline, alert_recipient, handled_message,"
                    + " unmatched_input, outbox_event CASCADE");
        }
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
        network.clear();
        policies.clear();
        policies.save(POLICY);
        network.group("trusted", "r-ana", "r-bea").group("unit", "r-caro", "r-dora")
                .responder("r-ana", SMS, VOICE).responder("r-bea", SMS).responder("r-caro", SMS, VOICE, EMAIL)
                .responder("r-dora", SMS).defender("d-marta", "drill");
    }

    @Test
    void anAssessedSignalOpensAnAlertWhoseRequestsAndEventsGoThroughTheOutbox() throws SQLException {
        UUID alertId = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();

        assertThat(requested()).extracting(n -> n.personId() + " " + n.channel() + " " + n.purpose())
                .containsExactlyInAnyOrder("r-ana SMS ALERT", "r-bea SMS ALERT", "r-ana SMS BRIEF", "r-bea SMS BRIEF");
        assertThat(lifecycle()).extracting(AlertLifecycle::kind)
                .containsExactly(LifecycleKind.OPENED, LifecycleKind.LEVEL_STARTED);
        assertThat(count("SELECT count(*) FROM alert_step WHERE alert_id = '" + alertId + "'")).isEqualTo(2);
        assertThat(text("SELECT code FROM alert WHERE id = '" + alertId + "'")).matches("[1-9][0-9]{3}");
        assertThat(text("SELECT state FROM alert WHERE id = '" + alertId + "'")).isEqualTo("OPEN");
    }

    @Test
    void aRedeliveredSignalOpensNothingAndSendsNothingMore() throws SQLException {
        SignalAssessed signal = panic("d-marta", Grade.HIGH);
        raiseAlert.apply(signal);
        int events = count("SELECT count(*) FROM outbox_event");

        assertThat(raiseAlert.apply(signal)).isEmpty();

        assertThat(count("SELECT count(*) FROM outbox_event")).isEqualTo(events);
        assertThat(count("SELECT count(*) FROM alert")).isEqualTo(1);
    }

    @Test
    void laterSignalsJoinTheAlertUntilItIsOverThenANewOneOpens() throws SQLException {
        UUID first = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();
        assertThat(raiseAlert.apply(panic("d-marta", Grade.LOW))).contains(first);

        raiseAlert.apply(signal("d-marta", SignalType.CANCEL, null));
        assertThat(text("SELECT state FROM alert WHERE id = '" + first + "'")).isEqualTo("CANCELLED");

        UUID second = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void stepsFireWhenTheClockReachesThem() {
        raiseAlert.apply(panic("d-marta", Grade.HIGH));
        clearOutbox();

        clock.advance(Duration.ofSeconds(1));
        assertThat(fireDueSteps.fireDue(100).steps()).hasSize(1);
        assertThat(requested()).extracting(n -> n.personId() + " " + n.purpose() + " " + n.round())
                .containsExactlyInAnyOrder("r-ana REMINDER 1", "r-bea REMINDER 1");
        clearOutbox();

        clock.advance(Duration.ofSeconds(1));
        fireDueSteps.fireDue(100);
        assertThat(requested()).extracting(n -> n.personId() + " " + n.channel() + " " + n.purpose())
                .contains("r-caro SMS ESCALATION", "r-caro VOICE ESCALATION", "r-dora SMS ESCALATION",
                        "r-ana SMS REMINDER");
        assertThat(fireDueSteps.fireDue(100).steps()).as("nothing else is due yet").isEmpty();
    }

    @Test
    void twoInstancesFiringAtOnceFireEachStepExactlyOnce() throws Exception {
        int alerts = 30;
        for (int i = 0; i < alerts; i++) {
            String defender = "d-" + i;
            network.defender(defender, "drill");
            raiseAlert.apply(panic(defender, Grade.HIGH));
        }
        clearOutbox();
        clock.advance(Duration.ofSeconds(1));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        Callable<Integer> instance = () -> {
            int fired = 0;
            int batch;
            do {
                batch = fireDueSteps.fireDue(4).steps().size();
                fired += batch;
            } while (batch > 0);
            return fired;
        };
        List<Future<Integer>> results = new ArrayList<>(List.of(instances.submit(instance), instances.submit(instance)));
        int fired = results.get(0).get() + results.get(1).get();
        instances.shutdown();

        assertThat(fired).isEqualTo(alerts);
        List<NotificationRequested> reminders = requested();
        assertThat(reminders).hasSize(alerts * 2)
                .allSatisfy(n -> assertThat(n.purpose()).isEqualTo(NotificationPurpose.REMINDER));
        assertThat(reminders.stream().map(NotificationRequested::idempotencyKey).distinct()).hasSize(alerts * 2);
    }

    @Test
    void aReplyWithoutACodeGoesToTheLatestAlertSentToHer() throws SQLException {
        UUID alertId = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();

        assertThat(applyResponse.apply(reply("r-bea", null, ResponseKind.ACK))).contains(alertId);

        assertThat(text("SELECT state FROM alert WHERE id = '" + alertId + "'")).isEqualTo("ACKNOWLEDGED");
        assertThat(requested()).filteredOn(n -> n.purpose() == NotificationPurpose.SOMEONE_ON_IT)
                .extracting(NotificationRequested::personId).containsExactlyInAnyOrder("r-ana", "r-bea");
    }

    @Test
    void aReplyWithACodeGoesToTheAlertWithThatCode() throws SQLException {
        UUID alertId = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();
        String code = text("SELECT code FROM alert WHERE id = '" + alertId + "'");

        assertThat(applyResponse.apply(reply("r-ana", code, ResponseKind.RESOLVE))).contains(alertId);

        assertThat(text("SELECT state FROM alert WHERE id = '" + alertId + "'")).isEqualTo("RESOLVED");
    }

    @Test
    void onlyAnAnswerSealedByTheServiceItsProofNamesIsApplied() throws SQLException {
        UUID alertId = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();
        String code = text("SELECT code FROM alert WHERE id = '" + alertId + "'");
        Actor ana = new Actor(ActorType.RESPONDER, "r-ana");
        ResponseSeal forger = new ResponseSeal("intake", "not-intakes-key-but-long-enough-0123456789");
        AlertResponse forged = forger.sealed(UUID.randomUUID(), null, code, ana, ResponseKind.RESOLVE,
                ResponseChannel.SMS, clock.instant(), ProofMethod.TWILIO_SIGNATURE, "r-ana");
        AlertResponse notificationPassingAsIntake = Answers.NOTIFICATION.sealed(UUID.randomUUID(), null, code, ana,
                ResponseKind.RESOLVE, ResponseChannel.SMS, clock.instant(), ProofMethod.TWILIO_SIGNATURE, "r-ana");
        AlertResponse operatorByPhone = Answers.INTAKE.sealed(UUID.randomUUID(), alertId, null,
                new Actor(ActorType.OPERATOR, "operadora"), ResponseKind.RESOLVE, ResponseChannel.SMS, clock.instant(),
                ProofMethod.TWILIO_SIGNATURE, "operadora");
        int refusalsAudited = count("SELECT count(*) FROM audit_entry WHERE action = 'ANSWER_REFUSED'");

        assertThat(applyResponse.apply(forged)).isEmpty();
        assertThat(applyResponse.apply(notificationPassingAsIntake)).isEmpty();
        assertThat(applyResponse.apply(operatorByPhone)).isEmpty();

        assertThat(text("SELECT state FROM alert WHERE id = '" + alertId + "'")).isEqualTo("OPEN");
        assertThat(count("SELECT count(*) FROM unmatched_input WHERE kind = 'RESPONSE_REFUSED'")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'ANSWER_REFUSED'"))
                .isEqualTo(refusalsAudited + 3);
        assertThat(applyResponse.apply(reply("r-ana", code, ResponseKind.RESOLVE))).contains(alertId);
    }

    @Test
    void anAnswerFromAResponderTheAlertDidNotContactIsOnItsTimelineAndAuditedAsRefused() throws SQLException {
        UUID alertId = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();
        String code = text("SELECT code FROM alert WHERE id = '" + alertId + "'");

        assertThat(applyResponse.apply(reply("r-caro", code, ResponseKind.RESOLVE))).contains(alertId);

        assertThat(text("SELECT state FROM alert WHERE id = '" + alertId + "'")).isEqualTo("OPEN");
        assertThat(count("SELECT count(*) FROM alert_timeline WHERE alert_id = '" + alertId
                + "' AND type = 'RESPONSE_IGNORED' AND person_id = 'r-caro'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE actor = 'r-caro' AND action = 'ANSWER_REFUSED'"
                + " AND subject = 'alert:" + alertId + "' AND channel = 'SMS'")).isEqualTo(1);
    }

    @Test
    void aResponseThatMatchesNoAlertAndACancelWithNothingOpenAreRecorded() throws SQLException {
        AlertResponse stray = reply("r-ana", null, ResponseKind.ACK);

        assertThat(applyResponse.apply(stray)).isEmpty();
        assertThat(raiseAlert.apply(signal("d-marta", SignalType.CANCEL, null))).isEmpty();

        assertThat(count("SELECT count(*) FROM unmatched_input")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM alert")).isZero();
    }

    @Test
    void aFailedDeliveryIsTriedAgainOnHerNextChannel() {
        UUID alertId = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();
        NotificationRequested smsToAna = requested().stream().filter(n -> n.personId().equals("r-ana"))
                .findFirst().orElseThrow();
        clearOutbox();

        applyStatus.apply(new NotificationStatus(smsToAna.idempotencyKey(), alertId, "r-ana", SMS,
                DeliveryStatus.FAILED, "SM1", "30003", "unreachable", clock.instant()));

        assertThat(requested()).extracting(n -> n.personId() + " " + n.channel() + " " + n.purpose())
                .containsExactly("r-ana VOICE ALERT");
    }

    @Test
    void anUpdateOfTheBriefWithinHerGapWaitsInAlertStepAndGoesWhenTheGapEnds() throws SQLException {
        UUID alertId = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();
        applyResponse.apply(reply("r-ana", null, ResponseKind.ACK));
        clock.advance(Duration.ofSeconds(30));
        clearOutbox();

        raiseAlert.apply(panic("d-marta", Grade.LOW));

        assertThat(requested()).as("her brief went out 30 s ago").isEmpty();
        String updateStep = "SELECT count(*) FROM alert_step WHERE alert_id = '" + alertId
                + "' AND kind = 'BRIEF_UPDATE'";
        assertThat(count(updateStep)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(90));
        fireDueSteps.fireDue(100);

        assertThat(requested()).extracting(n -> n.personId() + " " + n.channel() + " " + n.purpose() + " " + n.round())
                .containsExactly("r-ana SMS BRIEF_UPDATE 1");
        assertThat(count(updateStep)).isZero();
    }

    @Test
    void theTimelineKeepsEveryStepInOrder() throws SQLException {
        UUID alertId = raiseAlert.apply(panic("d-marta", Grade.HIGH)).orElseThrow();
        applyResponse.apply(reply("r-bea", null, ResponseKind.ACK));

        List<String> types = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT type FROM alert_timeline WHERE alert_id = ? ORDER BY id")) {
            select.setObject(1, alertId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        assertThat(types).as("an ALERT and a BRIEF to each of level 1, then her answer").startsWith(
                "SIGNAL_RECEIVED", "LEVEL_STARTED", "NOTIFICATION_REQUESTED", "NOTIFICATION_REQUESTED",
                "NOTIFICATION_REQUESTED", "NOTIFICATION_REQUESTED", "RESPONSE", "STATE_CHANGED");
    }

    private static SignalAssessed panic(String defender, Grade grade) {
        return signal(defender, SignalType.PANIC, grade);
    }

    private static SignalAssessed signal(String defender, SignalType type, Grade grade) {
        return new SignalAssessed(UUID.randomUUID(), defender, true, type, SignalSource.SMS,
                Instant.parse("2026-11-28T10:00:00Z"), grade == null ? 0 : 70, grade, 1, List.of(), false, null, null, null);
    }

    private AlertResponse reply(String responder, String code, ResponseKind kind) {
        return Answers.of(UUID.randomUUID(), null, code, new Actor(ActorType.RESPONDER, responder), kind,
                ResponseChannel.SMS, clock.instant());
    }

    private List<NotificationRequested> requested() {
        return events(Topics.NOTIFICATIONS_REQUESTED, NotificationRequested.class);
    }

    private List<AlertLifecycle> lifecycle() {
        return events(Topics.ALERTS_LIFECYCLE, AlertLifecycle.class);
    }

    private <T extends CentinelaEvent> List<T> events(String topic, Class<T> type) {
        List<T> events = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT payload::text FROM outbox_event WHERE topic = ? ORDER BY sequence")) {
            select.setString(1, topic);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(EventJson.read(rows.getString(1).getBytes(StandardCharsets.UTF_8), type));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return events;
    }

    private void clearOutbox() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM outbox_event");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private int count(String sql) throws SQLException {
        return Integer.parseInt(text(sql));
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }
}
