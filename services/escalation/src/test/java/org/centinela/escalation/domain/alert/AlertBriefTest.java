package org.centinela.escalation.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.centinela.contracts.alert.BriefDisclosure.NEVER;
import static org.centinela.contracts.alert.BriefDisclosure.ON_ACK;
import static org.centinela.contracts.alert.BriefDisclosure.ON_CONTACT;
import static org.centinela.contracts.notification.Channel.EMAIL;
import static org.centinela.contracts.notification.Channel.SMS;
import static org.centinela.contracts.notification.Channel.VOICE;
import static org.centinela.escalation.domain.alert.AlertFixtures.ALERT_ID;
import static org.centinela.escalation.domain.alert.AlertFixtures.T0;
import static org.centinela.escalation.domain.alert.AlertFixtures.cancelSignal;
import static org.centinela.escalation.domain.alert.AlertFixtures.context;
import static org.centinela.escalation.domain.alert.AlertFixtures.minutes;
import static org.centinela.escalation.domain.alert.AlertFixtures.operator;
import static org.centinela.escalation.domain.alert.AlertFixtures.panic;
import static org.centinela.escalation.domain.alert.AlertFixtures.response;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.escalation.Answers;
import org.centinela.escalation.domain.alert.AlertFixtures.FakeReach;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The brief of an alert in the engine: which requests carry it under each level's rule, who may read it, how
 * its disclosures go on the timeline, and when its version grows. Level 1 reaches xena, level 2 yola (both on
 * SMS, VOICE and EMAIL, quorum 1); olga is the operator on duty.
 */
class AlertBriefTest {

    private static EscalationPolicy policy(BriefDisclosure first, BriefDisclosure second) {
        return policy(first, second, Set.of(SMS, VOICE, EMAIL));
    }

    private static EscalationPolicy policy(BriefDisclosure first, BriefDisclosure second, Set<Channel> channels) {
        PolicyLevel one = new PolicyLevel("First", List.of(Target.parse("responder:xena")), channels, 1,
                Duration.ofMinutes(2), null, first);
        PolicyLevel two = new PolicyLevel("Second", List.of(Target.parse("responder:yola")), channels, 1,
                Duration.ofMinutes(5), null, second);
        return new EscalationPolicy("matrix", "Matrix", List.of(one, two),
                Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2), 1);
    }

    private static FakeReach network() {
        FakeReach reach = new FakeReach();
        reach.person("xena", SMS, VOICE, EMAIL);
        reach.person("yola", SMS, VOICE, EMAIL);
        reach.person("olga", SMS, EMAIL);
        return reach;
    }

    private static AlertContext under(EscalationPolicy policy) {
        return new AlertContext(policy, network(), Set.of("olga"));
    }

    private static List<NotificationRequested> to(String person, AlertChanges changes) {
        return changes.notifications().stream().filter(n -> n.personId().equals(person)).toList();
    }

    private static List<Channel> briefs(List<NotificationRequested> requests) {
        return requests.stream().filter(n -> n.purpose() == NotificationPurpose.BRIEF)
                .map(NotificationRequested::channel).toList();
    }

    private static List<TimelineEntry> entries(AlertChanges changes, TimelineType type) {
        return changes.timeline().stream().filter(entry -> entry.type() == type).toList();
    }

    private static String keyOf(AlertChanges changes, String person, Channel channel, NotificationPurpose purpose) {
        return to(person, changes).stream().filter(n -> n.channel() == channel && n.purpose() == purpose)
                .findFirst().orElseThrow().idempotencyKey();
    }

    private static NotificationStatus status(String key, String person, Channel channel, DeliveryStatus status,
            Instant at) {
        return new NotificationStatus(key, ALERT_ID, person, channel, status, "SM1", null, null, at);
    }

    private static AlertResponse ackByCall(String responder) {
        return Answers.of(UUID.randomUUID(), ALERT_ID, null, new Actor(ActorType.RESPONDER, responder),
                ResponseKind.ACK, ResponseChannel.VOICE, T0);
    }

    enum Position { FIRST_LEVEL, LATER_LEVEL }

    /**
     * Every level position × rule × answer, with what the spec says she is sent: the rule on the messages that call
     * her to act, the BRIEF at her first contact, the BRIEF once she acknowledged, and whether she may read it.
     */
    static Stream<Arguments> everyPositionRuleAndAnswer() {
        return Stream.of(
                Arguments.of(Position.FIRST_LEVEL, ON_CONTACT, false, List.of(SMS), List.of(), true),
                Arguments.of(Position.FIRST_LEVEL, ON_CONTACT, true, List.of(SMS), List.of(), true),
                Arguments.of(Position.FIRST_LEVEL, ON_ACK, false, List.of(), List.of(), false),
                Arguments.of(Position.FIRST_LEVEL, ON_ACK, true, List.of(), List.of(SMS, EMAIL), true),
                Arguments.of(Position.FIRST_LEVEL, NEVER, false, List.of(), List.of(), false),
                Arguments.of(Position.FIRST_LEVEL, NEVER, true, List.of(), List.of(), false),
                Arguments.of(Position.LATER_LEVEL, ON_CONTACT, false, List.of(SMS), List.of(), true),
                Arguments.of(Position.LATER_LEVEL, ON_CONTACT, true, List.of(SMS), List.of(), true),
                Arguments.of(Position.LATER_LEVEL, ON_ACK, false, List.of(), List.of(), false),
                Arguments.of(Position.LATER_LEVEL, ON_ACK, true, List.of(), List.of(SMS, EMAIL), true),
                Arguments.of(Position.LATER_LEVEL, NEVER, false, List.of(), List.of(), false),
                Arguments.of(Position.LATER_LEVEL, NEVER, true, List.of(), List.of(), false));
    }

    @ParameterizedTest(name = "{0} under {1}, acknowledged: {2}")
    @MethodSource("everyPositionRuleAndAnswer")
    void whatSheIsSentAndWhetherSheMayReadIt(Position position, BriefDisclosure rule, boolean acknowledges,
            List<Channel> briefAtContact, List<Channel> briefOnAcknowledgement, boolean mayRead) {
        boolean first = position == Position.FIRST_LEVEL;
        AlertContext context = under(first ? policy(rule, ON_CONTACT) : policy(ON_CONTACT, rule));
        String her = first ? "xena" : "yola";
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        List<NotificationRequested> contact = new ArrayList<>(to(her, alert.drainChanges()));
        if (!first) {
            alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context, minutes(2));
            contact.addAll(to(her, alert.drainChanges()));
        }

        long version = rule == NEVER ? 0 : 1;
        assertThat(contact).filteredOn(n -> n.purpose().asksForAnswer())
                .extracting(NotificationRequested::channel, NotificationRequested::brief,
                        NotificationRequested::briefVersion)
                .containsExactlyInAnyOrder(tuple(SMS, rule, version), tuple(VOICE, rule, version),
                        tuple(EMAIL, rule, version));
        assertThat(briefs(contact)).containsExactlyElementsOf(briefAtContact);

        if (acknowledges) {
            alert.respond(response(her, ResponseKind.ACK), context, minutes(3));
            List<NotificationRequested> answered = to(her, alert.drainChanges());
            assertThat(briefs(answered)).containsExactlyInAnyOrderElementsOf(briefOnAcknowledgement);
            assertThat(answered).filteredOn(n -> n.purpose() == NotificationPurpose.BRIEF).allSatisfy(n -> {
                assertThat(n.brief()).isEqualTo(ON_ACK);
                assertThat(n.briefVersion()).as("the version that names her on it").isEqualTo(alert.briefVersion());
            });
        }
        assertThat(alert.briefDisclosedTo(her, context)).isEqualTo(mayRead);
    }

    @Test
    void theBriefSmsComesWithTheFirstContactOnlyAndTheOtherMessagesCarryNone() {
        AlertContext context = under(policy(ON_CONTACT, ON_ACK));
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        alert.drainChanges();

        alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context, minutes(2));
        alert.respond(response("yola", ResponseKind.ACK), context, minutes(3));

        List<NotificationRequested> toXena = to("xena", alert.drainChanges());
        assertThat(briefs(toXena)).isEmpty();
        assertThat(toXena).extracting(NotificationRequested::purpose).containsOnly(NotificationPurpose.SOMEONE_ON_IT);
        assertThat(toXena).allSatisfy(n -> {
            assertThat(n.brief()).isEqualTo(NEVER);
            assertThat(n.carriesBrief()).isFalse();
        });
    }

    @Test
    void operatorsPagedPastTheLastLevelAreUnderOnContactWhateverTheLevelsSay() {
        AlertContext context = under(policy(NEVER, NEVER));
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context, minutes(2));
        alert.drainChanges();

        alert.fire(new Step(StepKind.ESCALATE, 2, 0, minutes(7)), context, minutes(7));

        List<NotificationRequested> toOlga = to("olga", alert.drainChanges());
        assertThat(toOlga).extracting(NotificationRequested::channel, NotificationRequested::purpose,
                NotificationRequested::brief, NotificationRequested::briefVersion).containsExactlyInAnyOrder(
                        tuple(SMS, NotificationPurpose.OPERATOR_PAGE, ON_CONTACT, 1L),
                        tuple(EMAIL, NotificationPurpose.OPERATOR_PAGE, ON_CONTACT, 1L),
                        tuple(SMS, NotificationPurpose.BRIEF, ON_CONTACT, 1L));
        assertThat(alert.briefDisclosedTo("olga", context)).isTrue();
        assertThat(alert.briefDisclosedTo("yola", context)).isFalse();
        assertThat(alert.briefDisclosedTo("nadie", context)).as("never contacted").isFalse();

        alert.fire(new Step(StepKind.ESCALATE, 2, 1, minutes(12)), context, minutes(12));
        assertThat(briefs(to("olga", alert.drainChanges()))).as("she has it already").isEmpty();
    }

    @Test
    void underOnAckWithoutSmsOrEmailAmongHerLevelsChannelsTheBriefGoesOnHerFirstChannelThatIsNoCall() {
        AlertContext context = under(policy(ON_ACK, ON_ACK, Set.of(VOICE)));
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        assertThat(to("xena", alert.drainChanges())).extracting(NotificationRequested::channel).containsExactly(VOICE);

        alert.respond(ackByCall("xena"), context, minutes(1));

        AlertChanges changes = alert.drainChanges();
        assertThat(briefs(to("xena", changes))).containsExactly(SMS);
        assertThat(entries(changes, TimelineType.BRIEF_DISCLOSED)).singleElement().satisfies(entry -> {
            assertThat(entry.personId()).isEqualTo("xena");
            assertThat(entry.channel()).isEqualTo("VOICE");
            assertThat(entry.detail()).isEqualTo("brief v2 disclosed to xena on VOICE (acknowledged by call)");
        });
    }

    @Test
    void underOnAckSomeoneWhoCanOnlyBeCalledHearsItAndIsSentNothing() {
        FakeReach reach = network();
        reach.person("xena", VOICE);
        AlertContext context = new AlertContext(policy(ON_ACK, ON_ACK), reach, Set.of("olga"));
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        alert.drainChanges();

        alert.respond(ackByCall("xena"), context, minutes(1));

        AlertChanges changes = alert.drainChanges();
        assertThat(briefs(to("xena", changes))).isEmpty();
        assertThat(entries(changes, TimelineType.BRIEF_DISCLOSED)).hasSize(1);
        assertThat(changes.timeline()).extracting(TimelineEntry::detail)
                .contains("xena has no channel left for the brief");
    }

    @Test
    void anOperatorsAcknowledgementSendsHerNoBrief() {
        AlertContext context = under(policy(ON_ACK, ON_ACK));
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        alert.drainChanges();

        alert.respond(operator("operadora", ResponseKind.ACK), context, minutes(1));

        assertThat(alert.drainChanges().notifications()).isEmpty();
        assertThat(alert.briefDisclosedTo("operadora", context)).isFalse();
    }

    @Test
    void aFailedBriefIsTriedOnHerNextChannelThatIsNoCall() {
        AlertContext context = under(policy(ON_CONTACT, ON_ACK));
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
        String brief = keyOf(alert.drainChanges(), "xena", SMS, NotificationPurpose.BRIEF);

        alert.deliveryReported(status(brief, "xena", SMS, DeliveryStatus.FAILED, T0), context, minutes(1));

        assertThat(alert.drainChanges().notifications()).extracting(NotificationRequested::channel,
                NotificationRequested::purpose, NotificationRequested::brief)
                .containsExactly(tuple(EMAIL, NotificationPurpose.BRIEF, ON_CONTACT));
    }

    @Nested
    class Timeline {

        @Test
        void aMessageThatCarriesTheBriefIsDisclosedOnceAtItsFirstQueuedSentOrDelivered() {
            AlertContext context = under(policy(ON_CONTACT, ON_ACK));
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
            AlertChanges opened = alert.drainChanges();
            String brief = keyOf(opened, "xena", SMS, NotificationPurpose.BRIEF);
            String alertSms = keyOf(opened, "xena", SMS, NotificationPurpose.ALERT);

            alert.deliveryReported(status(alertSms, "xena", SMS, DeliveryStatus.DELIVERED, T0), context, minutes(1));
            assertThat(entries(alert.drainChanges(), TimelineType.BRIEF_DISCLOSED)).as("the ALERT SMS carries none")
                    .isEmpty();

            alert.deliveryReported(status(brief, "xena", SMS, DeliveryStatus.QUEUED, T0), context, minutes(1));
            AlertChanges queued = alert.drainChanges();
            assertThat(entries(queued, TimelineType.BRIEF_DISCLOSED)).singleElement().satisfies(entry -> {
                assertThat(entry.personId()).isEqualTo("xena");
                assertThat(entry.channel()).isEqualTo("SMS");
                assertThat(entry.actorId()).isNull();
                assertThat(entry.detail()).isEqualTo("brief v1 disclosed to xena on SMS (BRIEF)");
            });
            assertThat(entries(queued, TimelineType.NOTIFICATION_STATUS)).extracting(TimelineEntry::detail)
                    .as("the sentence the console reads stays as it was")
                    .containsExactly("BRIEF to xena on SMS: QUEUED");

            alert.deliveryReported(status(brief, "xena", SMS, DeliveryStatus.SENT, T0), context, minutes(1));
            alert.deliveryReported(status(brief, "xena", SMS, DeliveryStatus.DELIVERED, T0), context, minutes(1));
            assertThat(entries(alert.drainChanges(), TimelineType.BRIEF_DISCLOSED)).isEmpty();
        }

        @Test
        void aCallCarriesItUnderOnContactOnceAnsweredAndUnderOnAckOnceSheAcknowledgedByCall() {
            AlertContext context = under(policy(ON_CONTACT, ON_ACK));
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
            String callToXena = keyOf(alert.drainChanges(), "xena", VOICE, NotificationPurpose.ALERT);
            alert.fire(new Step(StepKind.ESCALATE, 1, 0, minutes(2)), context, minutes(2));
            String callToYola = keyOf(alert.drainChanges(), "yola", VOICE, NotificationPurpose.ESCALATION);

            alert.deliveryReported(status(callToXena, "xena", VOICE, DeliveryStatus.QUEUED, T0), context, minutes(2));
            assertThat(entries(alert.drainChanges(), TimelineType.BRIEF_DISCLOSED)).isEmpty();
            alert.deliveryReported(status(callToXena, "xena", VOICE, DeliveryStatus.ANSWERED, T0), context,
                    minutes(2));
            assertThat(entries(alert.drainChanges(), TimelineType.BRIEF_DISCLOSED))
                    .extracting(TimelineEntry::personId, TimelineEntry::channel)
                    .containsExactly(tuple("xena", "VOICE"));

            alert.deliveryReported(status(callToYola, "yola", VOICE, DeliveryStatus.ANSWERED, T0), context,
                    minutes(3));
            assertThat(entries(alert.drainChanges(), TimelineType.BRIEF_DISCLOSED)).as("she has not pressed 1")
                    .isEmpty();
            alert.respond(ackByCall("yola"), context, minutes(3));
            assertThat(entries(alert.drainChanges(), TimelineType.BRIEF_DISCLOSED))
                    .extracting(TimelineEntry::personId, TimelineEntry::channel)
                    .containsExactly(tuple("yola", "VOICE"));
        }

        @Test
        void anOpenedBriefIsRecordedAndChangesNeitherTheDeliveryNorAnythingElse() {
            AlertContext context = under(policy(ON_CONTACT, ON_ACK));
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context, T0);
            String brief = keyOf(alert.drainChanges(), "xena", SMS, NotificationPurpose.BRIEF);

            alert.deliveryReported(status(brief, "xena", SMS, DeliveryStatus.OPENED, minutes(1)), context,
                    minutes(1));

            AlertChanges changes = alert.drainChanges();
            assertThat(changes.notifications()).isEmpty();
            assertThat(changes.lifecycle()).isEmpty();
            assertThat(changes.timeline()).singleElement().satisfies(entry -> {
                assertThat(entry.type()).isEqualTo(TimelineType.BRIEF_OPENED);
                assertThat(entry.personId()).isEqualTo("xena");
                assertThat(entry.channel()).isEqualTo("SMS");
                assertThat(entry.detail()).isEqualTo("xena opened the brief from SMS (BRIEF)");
            });

            alert.deliveryReported(status(brief, "xena", SMS, DeliveryStatus.OPENED, minutes(1)), context,
                    minutes(1).plusSeconds(5));
            assertThat(alert.drainChanges().isEmpty()).as("the same report again").isTrue();

            alert.deliveryReported(status(brief, "xena", SMS, DeliveryStatus.QUEUED, T0), context, minutes(2));
            assertThat(entries(alert.drainChanges(), TimelineType.NOTIFICATION_STATUS))
                    .as("the delivery kept its state: QUEUED is news").hasSize(1);

            alert.deliveryReported(status(brief, "xena", SMS, DeliveryStatus.OPENED, minutes(3)), context,
                    minutes(3));
            assertThat(entries(alert.drainChanges(), TimelineType.BRIEF_OPENED)).as("she opened it again").hasSize(1);
        }

        @Test
        void aReadingIsRecordedWithItsReaderAndChannel() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
            alert.drainChanges();

            alert.briefRead("operadora", "CONSOLE", minutes(1));

            assertThat(alert.drainChanges().timeline()).singleElement().satisfies(entry -> {
                assertThat(entry.type()).isEqualTo(TimelineType.BRIEF_READ);
                assertThat(entry.actorId()).isEqualTo("operadora");
                assertThat(entry.channel()).isEqualTo("CONSOLE");
                assertThat(entry.personId()).isNull();
                assertThat(entry.at()).isEqualTo(minutes(1));
            });
        }
    }

    @Nested
    class Version {

        @Test
        void itIsOneAtOpeningAndTheFirstChangesSayTheBriefChanged() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);

            assertThat(alert.briefVersion()).isEqualTo(1);
            assertThat(alert.drainChanges().briefChanged()).isTrue();
            alert.fire(new Step(StepKind.REPEAT, 1, 1, minutes(1)), context(), minutes(1));
            assertThat(alert.drainChanges().briefChanged()).as("a reminder changes no brief").isFalse();
            assertThat(alert.briefVersion()).isEqualTo(1);
        }

        @Test
        void aJoinedSignalTheDetailsOfASignalAndAnAcknowledgementEachMakeANewVersion() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
            alert.drainChanges();

            alert.join(panic(Grade.LOW), context(), minutes(1));
            assertThat(alert.briefVersion()).isEqualTo(2);
            assertThat(alert.drainChanges().briefChanged()).isTrue();

            alert.briefChanged(context(), minutes(2));
            AlertChanges details = alert.drainChanges();
            assertThat(alert.briefVersion()).isEqualTo(3);
            assertThat(details.briefChanged()).isTrue();
            assertThat(details.lifecycle()).extracting(AlertLifecycle::kind)
                    .containsExactly(LifecycleKind.BRIEF_UPDATED);

            alert.respond(response("bea", ResponseKind.DECLINE), context(), minutes(3));
            assertThat(alert.drainChanges().briefChanged()).as("a decline").isFalse();
            alert.respond(response("ana", ResponseKind.ACK), context(), minutes(3));
            assertThat(alert.briefVersion()).isEqualTo(4);
            assertThat(alert.drainChanges().briefChanged()).isTrue();
        }

        @Test
        void aCancelAndDetailsArrivingAfterTheEndChangeNoBrief() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
            alert.drainChanges();

            alert.join(cancelSignal(), context(), minutes(1));
            alert.briefChanged(context(), minutes(2));

            AlertChanges changes = alert.drainChanges();
            assertThat(alert.briefVersion()).isEqualTo(1);
            assertThat(changes.briefChanged()).isFalse();
            assertThat(changes.lifecycle()).extracting(AlertLifecycle::kind).containsExactly(LifecycleKind.CANCELLED);
        }

        @Test
        void aRestoredAlertKeepsItsVersionAndOneStoredBeforeBriefsReadsAsOne() {
            Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), context(), T0);
            alert.briefChanged(context(), minutes(1));

            assertThat(Alert.restore(alert.snapshot()).briefVersion()).isEqualTo(2);
            AlertSnapshot s = alert.snapshot();
            AlertSnapshot stored = new AlertSnapshot(s.id(), s.code(), s.defenderId(), s.verifiedSender(), s.policyId(),
                    s.policyVersion(), s.grade(), s.score(), s.state(), s.duress(), s.openedAt(), s.updatedAt(),
                    s.startLevel(), s.level(), s.levels(), s.recipients(), s.requests(), s.acks(), s.handled(),
                    s.operatorPages(), 0, null, 0, null, null, 0);
            assertThat(Alert.restore(stored).briefVersion()).isEqualTo(1);
        }
    }
}
