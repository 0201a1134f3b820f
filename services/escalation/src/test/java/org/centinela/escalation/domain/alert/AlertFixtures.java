package org.centinela.escalation.domain.alert;

import static org.centinela.contracts.notification.Channel.EMAIL;
import static org.centinela.contracts.notification.Channel.SMS;
import static org.centinela.contracts.notification.Channel.VOICE;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.Answers;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;

/**
 * Marta's network for the engine's tests: level 1 "trusted" (ana, bea; SMS; quorum 1; escalate after
 * 2 min, again every 1 min), level 2 "unit" (caro, dora, eva; SMS, VOICE and EMAIL; quorum 2; escalate
 * after 5 min, no repeats); CRITICAL starts at level 2. The operator on duty is olga.
 */
final class AlertFixtures {

    static final String MARTA = "d-marta";
    static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    static final UUID ALERT_ID = UUID.fromString("00000000-0000-0000-0000-0000000000a1");

    static final PolicyLevel TRUSTED = new PolicyLevel("Trusted", List.of(Target.parse("group:trusted")),
            Set.of(SMS), 1, Duration.ofMinutes(2), Duration.ofMinutes(1));
    static final PolicyLevel UNIT = new PolicyLevel("Unit", List.of(Target.parse("group:unit")),
            Set.of(SMS, VOICE, EMAIL), 2, Duration.ofMinutes(5), null);
    static final EscalationPolicy POLICY = new EscalationPolicy("gt", "Guatemala", List.of(TRUSTED, UNIT),
            Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2), 3);

    private AlertFixtures() {
    }

    static FakeReach reach() {
        FakeReach reach = new FakeReach();
        reach.group("trusted", "ana", "bea");
        reach.group("unit", "caro", "dora", "eva");
        reach.person("ana", SMS, VOICE);
        reach.person("bea", SMS);
        reach.person("caro", SMS, VOICE, EMAIL);
        reach.person("dora", EMAIL);
        reach.person("eva", SMS, VOICE);
        reach.person("olga", SMS);
        return reach;
    }

    static AlertContext context(FakeReach reach) {
        return new AlertContext(POLICY, reach, Set.of("olga"));
    }

    static AlertContext context() {
        return context(reach());
    }

    static SignalAssessed signal(SignalType type, Grade grade) {
        return new SignalAssessed(UUID.randomUUID(), MARTA, true, type, SignalSource.SMS, T0, score(grade), grade, 1,
                List.of(), false, null, null, null);
    }

    static SignalAssessed panic(Grade grade) {
        return signal(SignalType.PANIC, grade);
    }

    static SignalAssessed cancelSignal() {
        return new SignalAssessed(UUID.randomUUID(), MARTA, true, SignalType.CANCEL, SignalSource.SMS, T0, 0, null, 1,
                List.of(), false, null, null, null);
    }

    static AlertResponse response(String responder, ResponseKind kind) {
        return Answers.of(UUID.randomUUID(), ALERT_ID, null, new Actor(ActorType.RESPONDER, responder), kind,
                ResponseChannel.SMS, T0);
    }

    static AlertResponse operator(String username, ResponseKind kind) {
        return Answers.of(UUID.randomUUID(), ALERT_ID, null, new Actor(ActorType.OPERATOR, username), kind,
                ResponseChannel.API, T0);
    }

    static NotificationStatus status(String key, String person, Channel channel, DeliveryStatus status) {
        return new NotificationStatus(key, ALERT_ID, person, channel, status, "SM1", null, null, T0);
    }

    /** "person channel purpose level/round" for each requested notification. */
    static List<String> sent(AlertChanges changes) {
        return changes.notifications().stream()
                .map(n -> n.personId() + " " + n.channel() + " " + n.purpose() + " " + n.level() + "/" + n.round())
                .toList();
    }

    /** Opened HIGH at {@link #T0}, what it did drained. */
    static Alert openedHigh() {
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
        alert.drainChanges();
        return alert;
    }

    /** Opened HIGH, then level 1's two minutes passed without an answer: level 2 started. */
    static Alert escalatedToUnit() {
        Alert alert = openedHigh();
        alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context(), minutes(2));
        alert.drainChanges();
        return alert;
    }

    static Instant at(Duration sinceOpening) {
        return T0.plus(sinceOpening);
    }

    static Instant minutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    private static int score(Grade grade) {
        return switch (grade) {
            case LOW -> 10;
            case ELEVATED -> 40;
            case HIGH -> 70;
            case CRITICAL -> 95;
        };
    }

    /** A network held in maps. */
    static final class FakeReach implements Reach {

        private final Map<String, Set<String>> groups = new HashMap<>();
        private final Map<String, Set<Channel>> channels = new HashMap<>();

        void group(String id, String... members) {
            groups.put(id, Set.of(members));
        }

        void person(String id, Channel first, Channel... rest) {
            channels.put(id, EnumSet.of(first, rest));
        }

        @Override
        public Optional<Set<String>> groupMembers(String groupId) {
            return Optional.ofNullable(groups.get(groupId));
        }

        @Override
        public Set<Channel> channelsOf(String personId) {
            return channels.getOrDefault(personId, Set.of());
        }
    }
}
