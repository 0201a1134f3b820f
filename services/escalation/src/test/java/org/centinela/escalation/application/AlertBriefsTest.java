package org.centinela.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.centinela.escalation.application.engine.BriefNetwork.assessed;
import static org.centinela.escalation.application.engine.BriefNetwork.factor;
import static org.centinela.escalation.application.engine.BriefNetwork.received;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.AlertBrief.BriefSignal;
import org.centinela.contracts.alert.AlertLifecycle;
import org.centinela.contracts.alert.LifecycleKind;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.adapter.in.web.Outboxed;
import org.centinela.escalation.application.engine.BriefNetwork;
import org.centinela.escalation.application.engine.EngineProfile;
import org.centinela.escalation.application.engine.OnMartasNetwork;
import org.junit.jupiter.api.Test;

/**
 * The brief of an alert as the journal publishes it on {@code alerts.briefs} through the outbox, made from the
 * signals that reached escalation on both topics, the directory and the alert: in the order she sent them, without
 * her cancel, with the reasons highest first, named as her network knows her.
 */
@QuarkusTest
@TestProfile(EngineProfile.class)
class AlertBriefsTest extends OnMartasNetwork {

    private static final Location MERCADO = new Location(15.4709, -90.3707, 12.0);
    private static final Location PARQUE = new Location(15.4731, -90.3712, null);

    @Inject
    ApplyDeliveryStatus applyStatus;

    @Test
    void aBriefHasEverySignalInTheOrderSheSentThemWithoutHerCancelAndTheReasonsHighestFirst() {
        SignalReceived sos = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0.plusSeconds(10),
                "SOS me siguen dos hombres, mercado de Cobán", null);
        SignalReceived panicButton = received(marta.marta, SignalType.DURESS, SignalSource.APP, T0, null, MERCADO);
        SignalReceived report = received(marta.marta, SignalType.REPORT, SignalSource.REPORT_FORM, T0.plusSeconds(40),
                "me amenazaron", PARQUE);
        SignalReceived cancel = received(marta.marta, SignalType.CANCEL, SignalSource.SMS, T0.plusSeconds(50), null,
                null);
        List.of(sos, panicButton, report, cancel).forEach(keepDetails::apply);

        UUID alertId = raiseAlert.apply(assessed(sos, Grade.HIGH, factor("type.panic", 30),
                factor("keyword.me-siguen", 20))).orElseThrow();
        raiseAlert.apply(assessed(panicButton, Grade.CRITICAL, factor("type.duress", 60),
                factor("keyword.me-siguen", 25), factor("baseline", -5)));
        raiseAlert.apply(assessed(report, Grade.HIGH, factor("type.report", 30)));
        raiseAlert.apply(assessed(cancel, null));

        AlertBrief brief = latestBrief(alertId);
        assertThat(brief.signals()).extracting(BriefSignal::signalId)
                .as("by the time intake received them; her cancel is no part of it")
                .containsExactly(panicButton.signalId(), sos.signalId(), report.signalId());
        BriefSignal first = brief.signals().get(0);
        assertThat(first.type()).isEqualTo(SignalType.DURESS);
        assertThat(first.source()).isEqualTo(SignalSource.APP);
        assertThat(first.at()).isEqualTo(T0);
        assertThat(first.text()).isNull();
        assertThat(first.location()).isEqualTo(MERCADO);
        assertThat(first.locatedAt()).isEqualTo(T0);
        assertThat(brief.signals().get(1).text()).isEqualTo("SOS me siguen dos hombres, mercado de Cobán");
        assertThat(brief.signals().get(1).location()).isNull();
        assertThat(brief.signals().get(1).locatedAt()).isNull();
        assertThat(brief.signals().get(2).report()).isEqualTo(report.report());
        assertThat(brief.latestLocated()).get().extracting(BriefSignal::location).isEqualTo(PARQUE);
        assertThat(brief.firstWords()).contains("SOS me siguen dos hombres, mercado de Cobán");
        assertThat(brief.reasons()).extracting(RiskFactor::code, RiskFactor::contribution).containsExactly(
                tuple("type.duress", 60),
                tuple("type.panic", 30),
                tuple("type.report", 30),
                tuple("keyword.me-siguen", 25),
                tuple("baseline", -5));
        assertThat(brief.grade()).isEqualTo(Grade.CRITICAL);
        assertThat(outboxed.events(Topics.ALERTS_BRIEFS, alertId.toString(), AlertBrief.class))
                .extracting(AlertBrief::version).as("opened, then two signals joined; the cancel changed nothing")
                .containsExactly(1L, 2L, 3L);
    }

    @Test
    void sheIsNamedAsHerNetworkKnowsHerWithHerOrganisationLanguageAndPhone() {
        SignalReceived sos = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);
        keepDetails.apply(sos);

        AlertBrief brief = latestBrief(raiseAlert.apply(assessed(sos, Grade.HIGH)).orElseThrow());

        assertThat(brief.defenderId()).isEqualTo(marta.marta);
        assertThat(brief.displayName()).isEqualTo(BriefNetwork.MARTA_ALIAS);
        assertThat(brief.organisation()).isEqualTo(BriefNetwork.ORGANISATION);
        assertThat(brief.language()).isEqualTo("es");
        assertThat(brief.country()).isEqualTo("GT");
        assertThat(brief.phone()).isEqualTo(marta.martaPhone);

        String withoutAlias = defender("Rosa Tiul");
        SignalReceived hers = received(withoutAlias, SignalType.PANIC, SignalSource.APP, T0, null, MERCADO);
        keepDetails.apply(hers);
        assertThat(latestBrief(raiseAlert.apply(assessed(hers, Grade.HIGH)).orElseThrow()).displayName())
                .as("her name when she has no alias").isEqualTo("Rosa Tiul");
    }

    @Test
    void anUnknownSenderHeldForTriageIsNamedByNobodyWithTheNumberSheWroteFrom() {
        String phone = BriefNetwork.strangersPhone();
        SignalReceived stranger = BriefNetwork.fromUnknownNumber(phone, T0, "ayúdenme");
        keepDetails.apply(stranger);

        AlertBrief brief = latestBrief(raiseAlert.apply(assessed(stranger, Grade.HIGH)).orElseThrow());

        assertThat(brief.defenderId()).startsWith("unknown:");
        assertThat(brief.displayName()).isNull();
        assertThat(brief.phone()).isEqualTo(phone);
        assertThat(brief.language()).isNull();
        assertThat(brief.organisation()).isNull();
        assertThat(brief.signals()).singleElement().extracting(BriefSignal::text).isEqualTo("ayúdenme");
    }

    @Test
    void aSignalWhoseDetailsHaveNotArrivedHasItsPlaceAndTheirArrivalChangesTheBrief() {
        SignalReceived sos = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "me siguen", null);
        UUID alertId = raiseAlert.apply(assessed(sos, Grade.HIGH)).orElseThrow();
        assertThat(latestBrief(alertId).signals()).singleElement().satisfies(signal -> {
            assertThat(signal.signalId()).isEqualTo(sos.signalId());
            assertThat(signal.type()).isEqualTo(SignalType.PANIC);
            assertThat(signal.text()).isNull();
        });

        clock.advance(Duration.ofSeconds(3));
        keepDetails.apply(sos);

        AlertBrief brief = latestBrief(alertId);
        assertThat(brief.version()).isEqualTo(2);
        assertThat(brief.signals()).singleElement().extracting(BriefSignal::text).isEqualTo("me siguen");
        assertThat(outboxed.events(Topics.ALERTS_LIFECYCLE, alertId.toString(), AlertLifecycle.class))
                .extracting(AlertLifecycle::kind).endsWith(LifecycleKind.BRIEF_UPDATED);

        keepDetails.apply(sos);
        assertThat(outboxed.events(Topics.ALERTS_BRIEFS, alertId.toString(), AlertBrief.class))
                .as("the same details again change nothing").hasSize(2);
    }

    @Test
    void whoIsOnItInTheOrderTheyAcknowledgedAndTheBriefIsErasedOnceTheAlertIsOver() {
        SignalReceived sos = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);
        keepDetails.apply(sos);
        UUID alertId = raiseAlert.apply(assessed(sos, Grade.HIGH)).orElseThrow();

        clock.advance(Duration.ofSeconds(20));
        applyResponse.apply(response(alertId, marta.bea, ResponseKind.ACK));
        clock.advance(Duration.ofSeconds(20));
        applyResponse.apply(response(alertId, marta.ana, ResponseKind.ACK));
        AlertBrief brief = latestBrief(alertId);
        assertThat(brief.onIt()).containsExactly(marta.bea, marta.ana);
        assertThat(brief.version()).isEqualTo(3);

        applyResponse.apply(response(alertId, marta.ana, ResponseKind.RESOLVE));

        List<Outboxed.Row> briefs = outboxed.rows(Topics.ALERTS_BRIEFS, alertId.toString());
        assertThat(briefs.get(briefs.size() - 1).payload()).as("a tombstone").isNull();
        assertThat(briefs).filteredOn(row -> row.payload() == null).hasSize(1);
    }

    @Test
    void theBriefGoesOutAheadOfTheRequestsThatNeedItAndEveryDisclosureIsAudited() {
        SignalReceived sos = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);
        keepDetails.apply(sos);
        UUID alertId = raiseAlert.apply(assessed(sos, Grade.HIGH)).orElseThrow();

        List<Outboxed.Row> rows = outboxed.rows(alertId.toString());
        assertThat(rows.get(0).topic()).isEqualTo(Topics.ALERTS_BRIEFS);
        List<NotificationRequested> requests = outboxed.events(Topics.NOTIFICATIONS_REQUESTED, alertId.toString(),
                NotificationRequested.class);
        NotificationRequested briefToAna = requests.stream()
                .filter(request -> request.personId().equals(marta.ana)
                        && request.purpose() == NotificationPurpose.BRIEF)
                .findFirst().orElseThrow();
        assertThat(briefToAna.briefVersion()).isEqualTo(1L);

        clock.advance(Duration.ofSeconds(2));
        applyStatus.apply(new NotificationStatus(briefToAna.idempotencyKey(), alertId, marta.ana, briefToAna.channel(),
                DeliveryStatus.QUEUED, "SM1", null, null, clock.instant()));

        assertThat(outboxed.audit(ReadAlerts.subject(alertId))).containsExactly(marta.ana + " RECEIVE_BRIEF SMS");
        assertThat(outboxed.audit(ReadAlerts.subject(alertId))).noneMatch(entry -> entry.contains("SOS"));
    }
}
