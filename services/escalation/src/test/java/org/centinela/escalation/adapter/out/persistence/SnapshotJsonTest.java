package org.centinela.escalation.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.Answers;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.AlertContext;
import org.centinela.escalation.domain.alert.AlertSnapshot;
import org.centinela.escalation.domain.alert.PhoneSeizure;
import org.centinela.escalation.domain.alert.Reach;
import org.centinela.escalation.domain.alert.Step;
import org.centinela.escalation.domain.alert.StepKind;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;
import org.junit.jupiter.api.Test;

/** What the engine stores of an alert (its snapshot) reads back as it was, also as it was stored before briefs. */
class SnapshotJsonTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private static final UUID ALERT_ID = UUID.fromString("00000000-0000-0000-0000-0000000000b7");
    private static final EscalationPolicy POLICY = new EscalationPolicy("gt", "Guatemala", List.of(
            new PolicyLevel("Trusted", List.of(Target.parse("responder:ana")), Set.of(Channel.SMS), 1,
                    Duration.ofMinutes(2), null),
            new PolicyLevel("Unit", List.of(Target.parse("responder:caro")), Set.of(Channel.SMS, Channel.EMAIL), 1,
                    Duration.ofMinutes(5), null)),
            Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2), 1);
    private static final Reach REACH = new Reach() {
        @Override
        public Optional<Set<String>> groupMembers(String groupId) {
            return Optional.empty();
        }

        @Override
        public Set<Channel> channelsOf(String personId) {
            return EnumSet.of(Channel.SMS, Channel.EMAIL);
        }
    };
    private static final AlertContext CONTEXT = new AlertContext(POLICY, REACH, Set.of("olga"));

    private final ObjectMapper mapper = StoredJson.mapper();
    private final SnapshotJson json = new SnapshotJson(mapper);

    private static AlertResponse ack(String responder) {
        return Answers.of(UUID.randomUUID(), ALERT_ID, null, new Actor(ActorType.RESPONDER, responder),
                ResponseKind.ACK, ResponseChannel.SMS, T0);
    }

    /** Held for triage, opened by an operator for "Rosa", escalated, caro on it, a brief opened, an update waiting. */
    private static Alert everythingTheBriefAdds() {
        SignalAssessed unknown = new SignalAssessed(UUID.randomUUID(), "unknown:ab12", false, SignalType.PANIC,
                SignalSource.SMS, T0, 70, Grade.HIGH, 1, List.of(), true, null, null, null);
        Alert alert = Alert.open(ALERT_ID, "4821", unknown, new AlertContext(null, REACH, Set.of()), T0);
        alert.openFor("Rosa", CONTEXT, "operadora", T0.plusSeconds(10));
        NotificationRequested brief = alert.drainChanges().notifications().stream()
                .filter(n -> n.purpose() == NotificationPurpose.BRIEF).findFirst().orElseThrow();
        alert.deliveryReported(new NotificationStatus(brief.idempotencyKey(), ALERT_ID, "ana", Channel.SMS,
                DeliveryStatus.OPENED, null, null, null, T0.plusSeconds(40)), CONTEXT, T0.plusSeconds(40));
        alert.fire(new Step(StepKind.ESCALATE, 1, 0, T0.plusSeconds(130)), CONTEXT, T0.plusSeconds(130));
        alert.respond(ack("caro"), CONTEXT, T0.plusSeconds(150));
        alert.briefChanged(CONTEXT, T0.plusSeconds(160));
        alert.drainChanges();
        return alert;
    }

    @Test
    void everythingTheBriefAddsSurvivesStorage() {
        Alert alert = everythingTheBriefAdds();

        AlertSnapshot read = json.read(json.write(alert.snapshot()));

        assertThat(read).isEqualTo(alert.snapshot());
        assertThat(read.typedName()).isEqualTo("Rosa");
        assertThat(read.nextBriefUpdate()).isEqualTo(T0.plusSeconds(270));
        assertThat(read.recipients()).anySatisfy(recipient -> assertThat(recipient.brief()).isNotNull());
        assertThat(read.requests()).anySatisfy(request -> assertThat(request.openedAt()).isNotNull());
    }

    @Test
    void aSnapshotStoredBeforeBriefsReadsAndTheAlertCarriesOn() throws Exception {
        Alert alert = Alert.open(ALERT_ID, "4821", new SignalAssessed(UUID.randomUUID(), "d-marta", true,
                SignalType.PANIC, SignalSource.SMS, T0, 70, Grade.HIGH, 1, List.of(), false, null, null, null),
                CONTEXT, T0);
        ObjectNode before = (ObjectNode) mapper.readTree(json.write(alert.snapshot()));
        before.remove(List.of("briefVersion", "typedName", "briefUpdateSteps", "nextBriefUpdate"));
        for (JsonNode recipient : before.get("recipients")) {
            ((ObjectNode) recipient).remove(List.of("paged", "brief"));
        }
        for (JsonNode request : before.get("requests")) {
            ((ObjectNode) request).remove(List.of("carriesBrief", "disclosed", "openedAt"));
        }

        Alert stored = Alert.restore(json.read(before.toString()));

        assertThat(stored.briefVersion()).isEqualTo(1);
        assertThat(stored.typedName()).isNull();
        stored.respond(ack("ana"), CONTEXT, T0.plusSeconds(30));
        assertThat(stored.state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(stored.briefVersion()).isEqualTo(2);
        stored.drainChanges();
        stored.briefChanged(CONTEXT, T0.plusSeconds(200));
        assertThat(stored.drainChanges().notifications()).as("nobody is known to hold a brief of it").isEmpty();
    }

    @Test
    void aSnapshotStoredBeforePhonesWereMarkedSeizedStillLearnsOfASeizure() throws Exception {
        Alert alert = Alert.open(ALERT_ID, "4821", new SignalAssessed(UUID.randomUUID(), "d-marta", true,
                SignalType.PANIC, SignalSource.SMS, T0, 70, Grade.HIGH, 1, List.of(), false, null, null, null),
                CONTEXT, T0);
        alert.phoneSeized(new PhoneSeizure(1, "olga"), Set.of(), CONTEXT, T0.plusSeconds(10));
        assertThat(json.read(json.write(alert.snapshot())).phoneSeizure()).isEqualTo(1);
        ObjectNode before = (ObjectNode) mapper.readTree(json.write(alert.snapshot()));
        before.remove("phoneSeizure");

        AlertSnapshot read = json.read(before.toString());

        assertThat(read.phoneSeizure()).isZero();
        Alert stored = Alert.restore(read);
        assertThat(stored.phoneSeized(new PhoneSeizure(1, "olga"), Set.of(), CONTEXT, T0.plusSeconds(20))).isNotEmpty();
    }
}
