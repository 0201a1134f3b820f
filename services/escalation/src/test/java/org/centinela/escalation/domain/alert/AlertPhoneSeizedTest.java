package org.centinela.escalation.domain.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centinela.escalation.domain.alert.AlertFixtures.ALERT_ID;
import static org.centinela.escalation.domain.alert.AlertFixtures.POLICY;
import static org.centinela.escalation.domain.alert.AlertFixtures.T0;
import static org.centinela.escalation.domain.alert.AlertFixtures.cancelSignal;
import static org.centinela.escalation.domain.alert.AlertFixtures.context;
import static org.centinela.escalation.domain.alert.AlertFixtures.escalatedToUnit;
import static org.centinela.escalation.domain.alert.AlertFixtures.minutes;
import static org.centinela.escalation.domain.alert.AlertFixtures.openedHigh;
import static org.centinela.escalation.domain.alert.AlertFixtures.panic;
import static org.centinela.escalation.domain.alert.AlertFixtures.reach;
import static org.centinela.escalation.domain.alert.AlertFixtures.sent;
import static org.centinela.escalation.domain.alert.AlertFixtures.signal;
import static org.centinela.escalation.domain.alert.AlertFixtures.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.Test;

/** Her phone marked seized: the line, one message to each person contacted, a cancel from it refused. */
class AlertPhoneSeizedTest {

    private static final PhoneSeizure BY_OLGA = new PhoneSeizure(1, "olga");

    /** Marta's context while her phone is marked seized. */
    private static AlertContext seized() {
        return new AlertContext(POLICY, reach(), Set.of("olga"), AlertContext.DEFAULT_BRIEF_UPDATE_GAP, true);
    }

    @Test
    void markingItWritesALineAndTellsEveryoneContactedOnceOnTheirFirstChannel() {
        Alert alert = escalatedToUnit();

        Set<String> told = alert.phoneSeized(BY_OLGA, Set.of(), seized(), minutes(3));

        AlertChanges changes = alert.drainChanges();
        assertThat(told).containsExactlyInAnyOrder("ana", "bea", "caro", "dora", "eva");
        assertThat(sent(changes)).containsExactlyInAnyOrder("ana SMS PHONE_SEIZED 2/1", "bea SMS PHONE_SEIZED 2/1",
                "caro SMS PHONE_SEIZED 2/1", "dora EMAIL PHONE_SEIZED 2/1", "eva SMS PHONE_SEIZED 2/1");
        assertThat(changes.notifications()).allSatisfy(request -> {
            assertThat(request.grade()).isEqualTo(Grade.HIGH);
            assertThat(request.brief()).isEqualTo(BriefDisclosure.NEVER);
            assertThat(request.carriesBrief()).isFalse();
            assertThat(request.requestedAt()).isEqualTo(minutes(3));
        });
        assertThat(changes.timeline()).filteredOn(entry -> entry.type() == TimelineType.PHONE_SEIZED).singleElement()
                .satisfies(entry -> {
                    assertThat(entry.detail()).isEqualTo("her phone is marked seized by olga: nothing from it"
                            + " cancels; everyone contacted is told");
                    assertThat(entry.actorId()).isEqualTo("olga");
                });
        assertThat(alert.state()).as("nothing else changes").isEqualTo(AlertState.ESCALATING);
        assertThat(changes.lifecycle()).isEmpty();
    }

    @Test
    void theMessageGoesOnHerFirstChannelThatDidNotFail() {
        Alert alert = openedHigh();
        String alertToAna = NotificationRequested.idempotencyKey(ALERT_ID, 1, 0, "ana", Channel.SMS,
                NotificationPurpose.ALERT);
        alert.deliveryReported(status(alertToAna, "ana", Channel.SMS, DeliveryStatus.FAILED), context(), minutes(1));
        alert.drainChanges();

        alert.phoneSeized(BY_OLGA, Set.of(), seized(), minutes(2));

        assertThat(sent(alert.drainChanges())).containsExactlyInAnyOrder("ana VOICE PHONE_SEIZED 1/1",
                "bea SMS PHONE_SEIZED 1/1");
    }

    @Test
    void byHerCodeWordTheLineSaysSoAndAnAlertThatContactedNobodyOnlyRecordsIt() {
        SignalAssessed unverified = new SignalAssessed(UUID.randomUUID(), AlertFixtures.MARTA, true, SignalType.PANIC,
                SignalSource.SMS, T0, 70, Grade.HIGH, 1, List.of(), true, null, null, null);
        Alert held = Alert.open(ALERT_ID, "4821", unverified, context(), T0);
        held.drainChanges();

        Set<String> told = held.phoneSeized(new PhoneSeizure(1, null), Set.of(), seized(), minutes(1));

        AlertChanges changes = held.drainChanges();
        assertThat(told).isEmpty();
        assertThat(changes.notifications()).isEmpty();
        assertThat(changes.timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(TimelineType.PHONE_SEIZED);
            assertThat(entry.detail()).startsWith("her phone is marked seized by defender's code word:");
            assertThat(entry.actorId()).isNull();
        });
    }

    @Test
    void theSameSeizureTwiceChangesNothingEvenAfterTheAlertWasStored() {
        Alert alert = openedHigh();
        alert.phoneSeized(BY_OLGA, Set.of(), seized(), minutes(1));
        alert.drainChanges();

        assertThat(alert.phoneSeized(BY_OLGA, Set.of(), seized(), minutes(2))).isEmpty();
        assertThat(alert.drainChanges().isEmpty()).isTrue();

        Alert restored = Alert.restore(alert.snapshot());
        assertThat(restored.phoneSeized(new PhoneSeizure(1, null), Set.of(), seized(), minutes(3))).isEmpty();
        assertThat(restored.drainChanges().isEmpty()).isTrue();
    }

    @Test
    void aLaterSeizureTellsEveryoneAgainUnderKeysOfItsOwn() {
        Alert alert = openedHigh();
        alert.phoneSeized(BY_OLGA, Set.of(), seized(), minutes(1));
        List<String> first = alert.drainChanges().notifications().stream()
                .map(NotificationRequested::idempotencyKey).toList();
        alert.phoneSeizureCleared("olga", "she called from her sister's phone and said her PIN", minutes(2));
        alert.drainChanges();

        alert.phoneSeized(new PhoneSeizure(2, null), Set.of(), seized(), minutes(3));

        AlertChanges again = alert.drainChanges();
        assertThat(sent(again)).containsExactlyInAnyOrder("ana SMS PHONE_SEIZED 1/2", "bea SMS PHONE_SEIZED 1/2");
        assertThat(again.notifications()).extracting(NotificationRequested::idempotencyKey)
                .doesNotContainAnyElementsOf(first);
    }

    @Test
    void thosePeopleAlreadyToldAreLeftOut() {
        Alert alert = escalatedToUnit();

        Set<String> told = alert.phoneSeized(BY_OLGA, Set.of("caro", "dora", "eva"), seized(), minutes(3));

        assertThat(told).containsExactlyInAnyOrder("ana", "bea");
        assertThat(sent(alert.drainChanges())).containsExactlyInAnyOrder("ana SMS PHONE_SEIZED 2/1",
                "bea SMS PHONE_SEIZED 2/1");
    }

    @Test
    void acrossHerAlertsEachPersonIsToldOnceByTheNewestAlertThatContactedHer() {
        Alert older = escalatedToUnit();
        Alert newer = Alert.open(UUID.randomUUID(), "5930", panic(Grade.CRITICAL), context(), minutes(4));
        newer.drainChanges();

        BY_OLGA.markOn(List.of(older, newer), alert -> seized(), minutes(5));

        Map<String, List<String>> toldBy = List.of(older, newer).stream().collect(Collectors.toMap(
                alert -> alert == older ? "older" : "newer",
                alert -> alert.drainChanges().notifications().stream().map(NotificationRequested::personId).toList()));
        assertThat(toldBy.get("newer")).containsExactlyInAnyOrder("caro", "dora", "eva");
        assertThat(toldBy.get("older")).containsExactlyInAnyOrder("ana", "bea");
    }

    @Test
    void whileHerPhoneIsSeizedACancelChangesNothingAndNobodyStandsDown() {
        Alert alert = openedHigh();

        alert.join(cancelSignal(), seized(), minutes(1));

        AlertChanges changes = alert.drainChanges();
        assertThat(alert.state()).isEqualTo(AlertState.OPEN);
        assertThat(changes.notifications()).isEmpty();
        assertThat(changes.lifecycle()).isEmpty();
        assertThat(changes.timeline()).extracting(TimelineEntry::type)
                .containsExactly(TimelineType.SIGNAL_RECEIVED, TimelineType.RESPONSE_IGNORED);
        assertThat(changes.timeline().get(1).detail()).isEqualTo("CANCEL from her phone while it is marked seized:"
                + " the alert stays as it is and nobody stands down");
    }

    @Test
    void onceTheModeIsClearedACancelCountsAgain() {
        Alert alert = openedHigh();
        alert.join(cancelSignal(), seized(), minutes(1));

        alert.phoneSeizureCleared("olga", "met her at the office", minutes(2));
        assertThat(alert.drainChanges().timeline()).last().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(TimelineType.PHONE_SEIZED_CLEARED);
            assertThat(entry.detail()).isEqualTo("her phone's seized mode cleared by olga after verifying her: met her"
                    + " at the office");
            assertThat(entry.actorId()).isEqualTo("olga");
        });
        alert.join(cancelSignal(), context(), minutes(3));

        assertThat(alert.state()).isEqualTo(AlertState.CANCELLED);
        assertThat(sent(alert.drainChanges())).containsExactlyInAnyOrder("ana SMS STAND_DOWN 1/0",
                "bea SMS STAND_DOWN 1/0");
    }

    @Test
    void whileHerPhoneIsSeizedHerSosOpensAndRaisesAndADuressStillWorks() {
        Alert alert = Alert.open(ALERT_ID, "4821", panic(Grade.HIGH), seized(), T0);
        assertThat(alert.level()).isEqualTo(1);
        alert.drainChanges();

        alert.join(signal(SignalType.DURESS, Grade.CRITICAL), seized(), minutes(1));

        assertThat(alert.grade()).isEqualTo(Grade.CRITICAL);
        assertThat(alert.level()).as("CRITICAL starts at level 2").isEqualTo(2);
        assertThat(sent(alert.drainChanges())).contains("caro SMS ESCALATION 2/0");
    }

    @Test
    void aPhoneSeizedSignalOpensNoAlertAndJoinsNone() {
        SignalAssessed phoneSeized = new SignalAssessed(UUID.randomUUID(), AlertFixtures.MARTA, true,
                SignalType.PHONE_SEIZED, SignalSource.SMS, T0, 0, null, 1, List.of(), false, null, null, null);

        assertThatThrownBy(() -> Alert.open(ALERT_ID, "4821", phoneSeized, context(), T0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a PHONE_SEIZED never opens an alert");
        assertThatThrownBy(() -> openedHigh().join(phoneSeized, context(), minutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSeizureIsNumberedFromOne() {
        assertThatThrownBy(() -> new PhoneSeizure(0, "olga")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new PhoneSeizure(1, null).by()).isEqualTo(PhoneSeizure.BY_CODE_WORD);
        assertThat(BY_OLGA.by()).isEqualTo("olga");
    }
}
