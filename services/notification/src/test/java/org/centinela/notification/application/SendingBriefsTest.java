package org.centinela.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.AlertBriefs;
import org.centinela.notification.FakeProviders;
import org.centinela.notification.NotificationDatabase;
import org.centinela.notification.People;
import org.centinela.notification.TestNetwork;
import org.centinela.notification.domain.Delivery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What each channel carries of the alert's brief under each disclosure rule, and how a delivery waits for the
 * version it needs: on the real test database, with the fake providers.
 */
@QuarkusTest
class SendingBriefsTest {

    private static final String NEW_WORDS = "ya estoy en la parada del bus";

    @Inject
    TestNetwork network;
    @Inject
    FakeProviders providers;
    @Inject
    KeepBriefs keepBriefs;
    @Inject
    AnswerCall answerCall;

    private NotificationDatabase database;
    private String phone;
    private String email;
    private String responder;
    private UUID alert;
    private String code;

    @BeforeEach
    void aResponderAndAnAlert() {
        network.reset();
        database = network.database();
        phone = People.uniquePhone();
        email = People.uniqueEmail();
        responder = network.responder(phone, email, "es");
        alert = UUID.randomUUID();
        code = People.code();
    }

    @Test
    void underNeverNoChannelSaysAnythingOfHer() {
        keepBriefs.kept(AlertBriefs.marta(alert, code, 1));

        send(request(Channel.SMS, NotificationPurpose.ALERT, BriefDisclosure.NEVER, 0),
                request(Channel.VOICE, NotificationPurpose.ALERT, BriefDisclosure.NEVER, 0),
                request(Channel.EMAIL, NotificationPurpose.ALERT, BriefDisclosure.NEVER, 0));

        assertThat(providers.all()).hasSize(3);
        assertThat(everythingSent()).doesNotContain(AlertBriefs.NAME).doesNotContain("Cob").doesNotContain("/b/")
                .contains("Por su seguridad, este mensaje no dice quién es ella ni dónde está.");
        assertThat(providers.sent(Channel.VOICE).get(0).speech().brief()).isNull();
        assertThat(linksIssued()).isZero();
    }

    @Test
    void underOnContactTheCallSaysHerTheEmailCarriesTheWholeBriefAndTheBriefGoesAsAnSmsOfItsOwn() {
        keepBriefs.kept(AlertBriefs.marta(alert, code, 1));
        NotificationRequested smsAlert = request(Channel.SMS, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 1);
        NotificationRequested call = request(Channel.VOICE, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 1);
        NotificationRequested mail = request(Channel.EMAIL, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 1);
        NotificationRequested brief = request(Channel.SMS, NotificationPurpose.BRIEF, BriefDisclosure.ON_CONTACT, 1);

        send(smsAlert, call, mail, brief);

        assertThat(sentFor(smsAlert).text()).doesNotContain(AlertBriefs.NAME).contains("OK " + code);
        assertThat(sentFor(call).speech().brief()).contains(AlertBriefs.NAME).contains(AlertBriefs.WORDS)
                .doesNotContain("15.47");
        assertThat(sentFor(mail).email().text()).contains(AlertBriefs.NAME).contains(AlertBriefs.WORDS)
                .contains("/ack/").contains("http://127.0.0.1:8084/b/");
        assertThat(sentFor(brief).text()).startsWith("CENTINELA " + code + ": Marta")
                .contains("https://www.openstreetmap.org/?mlat=15.47090&mlon=-90.37070#map=17/15.47090/-90.37070")
                .contains("http://127.0.0.1:8084/b/");
        assertThat(linksIssued()).isEqualTo(2);
        String token = link(sentFor(brief).text());
        Map<String, Object> row = database.row("SELECT * FROM brief_link WHERE idempotency_key = ?", brief.idempotencyKey());
        assertThat(row).containsEntry("channel", "SMS").containsEntry("alert_id", alert)
                .containsEntry("person_id", responder).containsEntry("token_hash", org.centinela.notification.domain.SigningKey.hash(token));
        assertThat(row.values()).doesNotContain(token);
        Instant created = ((Timestamp) database.delivery(brief.idempotencyKey()).get("created_at")).toInstant();
        assertThat(((Timestamp) row.get("expires_at")).toInstant())
                .isBetween(created.plus(Duration.ofHours(72)), created.plus(Duration.ofHours(72)).plusSeconds(60));
        assertThat(statuses(brief)).containsExactly(DeliveryStatus.QUEUED);
    }

    @Test
    void underOnAckACallSaysNothingOfHerUntilKeyOneThenTheReplySaysIt() {
        keepBriefs.kept(AlertBriefs.marta(alert, code, 1));
        NotificationRequested call = request(Channel.VOICE, NotificationPurpose.ESCALATION, BriefDisclosure.ON_ACK, 1);
        NotificationRequested mail = request(Channel.EMAIL, NotificationPurpose.ESCALATION, BriefDisclosure.ON_ACK, 1);

        send(call, mail);
        FakeProviders.Sent placed = sentFor(call);
        AnswerCall.Answer repeated = answerCall.pressed(placed.deliveryId(), "CA-on-ack", "9").orElseThrow();
        AnswerCall.Answer acknowledged = answerCall.pressed(placed.deliveryId(), "CA-on-ack", "1").orElseThrow();

        assertThat(placed.speech().brief()).isNull();
        assertThat(placed.speech().message() + placed.speech().menu()).doesNotContain(AlertBriefs.NAME);
        assertThat(repeated.again().brief()).isNull();
        assertThat(acknowledged.reply()).contains("Quedó registrado").contains("Se trata de Marta")
                .contains(AlertBriefs.WORDS).contains("mensaje de texto").doesNotContain("15.47").endsWith("Adiós.");
        assertThat(sentFor(mail).email().text()).doesNotContain(AlertBriefs.NAME).doesNotContain("/b/");
    }

    @Test
    void underOnContactACallSaysHerAgainWhenAskedToRepeatButTheReplyToKeyOneDoesNot() {
        keepBriefs.kept(AlertBriefs.marta(alert, code, 1));
        NotificationRequested call = request(Channel.VOICE, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 1);

        send(call);
        UUID delivery = sentFor(call).deliveryId();

        assertThat(answerCall.pressed(delivery, "CA-on-contact", "9").orElseThrow().again().brief()).contains("Marta");
        assertThat(answerCall.pressed(delivery, "CA-on-contact", "1").orElseThrow().reply()).doesNotContain("Marta");
    }

    @Test
    void aPhoneSeizedNoticeGoesAtOnceOnEveryChannelWithNothingOfHerNoLinkAndNothingToAnswer() {
        keepBriefs.kept(AlertBriefs.marta(alert, code, 1));
        NotificationRequested sms = request(Channel.SMS, NotificationPurpose.PHONE_SEIZED, BriefDisclosure.ON_CONTACT, 2);
        NotificationRequested call = request(Channel.VOICE, NotificationPurpose.PHONE_SEIZED, BriefDisclosure.ON_ACK, 2);
        NotificationRequested mail = request(Channel.EMAIL, NotificationPurpose.PHONE_SEIZED, BriefDisclosure.ON_CONTACT, 2);

        send(sms, call, mail);
        AnswerCall.Answer pressedOne = answerCall.pressed(sentFor(call).deliveryId(), "CA-seized", "1").orElseThrow();

        assertThat(providers.all()).as("none waits for version 2 of the brief").hasSize(3);
        assertThat(sentFor(sms).text()).contains(code).contains("otras manos").doesNotContain("OK " + code);
        assertThat(sentFor(call).speech().menu()).isNull();
        assertThat(sentFor(mail).email().text()).contains("otras manos").doesNotContain("/ack/");
        assertThat(everythingSent()).doesNotContain(AlertBriefs.NAME).doesNotContain("Cob").doesNotContain("/b/");
        assertThat(linksIssued()).isZero();
        assertThat(database.row("SELECT count(*) AS links FROM ack_link WHERE delivery_id = ?",
                AcceptRequests.step(mail).deliveryId())).containsEntry("links", 0L);
        assertThat(pressedOne.hangsUp()).as("a key only repeats the message").isFalse();
        assertThat(database.outbox(alert.toString())).noneMatch(row -> row.topic().equals(Topics.ALERTS_RESPONSES));
    }

    @Test
    void aDeliveryWaitsForTheVersionItNeedsWithoutAnAttemptAndGoesAsSoonAsItArrives() {
        keepBriefs.kept(AlertBriefs.marta(alert, code, 1));
        NotificationRequested brief = request(Channel.SMS, NotificationPurpose.BRIEF, BriefDisclosure.ON_CONTACT, 2);

        send(brief);

        assertThat(providers.all()).isEmpty();
        assertThat(database.delivery(brief.idempotencyKey())).containsEntry("status", "WAITING")
                .containsEntry("attempts", 0).containsEntry("error_code", Delivery.AWAITING_BRIEF);
        assertThat(statuses(brief)).isEmpty();

        assertThat(keepBriefs.kept(version2())).as("the waiting delivery is due now").isTrue();
        network.sendDue();

        assertThat(sentFor(brief).text()).as("version 2: her new place, no organisation").contains("15.47310,-90.36820")
                .doesNotContain("Colectiva");
        assertThat(database.delivery(brief.idempotencyKey())).containsEntry("attempts", 1).containsEntry("error_code", null);
        assertThat(statuses(brief)).containsExactly(DeliveryStatus.QUEUED);
    }

    @Test
    void whenTheVersionDoesNotComeInTimeTheNewestBriefHeldGoes() {
        keepBriefs.kept(AlertBriefs.marta(alert, code, 1));
        NotificationRequested brief = request(Channel.SMS, NotificationPurpose.BRIEF, BriefDisclosure.ON_CONTACT, 2);
        network.accept(brief);
        requestedLongAgo(brief);

        network.sendDue();

        assertThat(sentFor(brief).text()).contains(AlertBriefs.NAME).contains("mercado de Coban").doesNotContain(NEW_WORDS);
    }

    @Test
    void withNoBriefAtAllInTimeABriefFailsAndAnEmailGoesWithoutIt() {
        NotificationRequested brief = request(Channel.SMS, NotificationPurpose.BRIEF, BriefDisclosure.ON_CONTACT, 1);
        NotificationRequested mail = request(Channel.EMAIL, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 1);
        network.accept(brief, mail);
        network.sendDue();
        assertThat(providers.all()).isEmpty();

        requestedLongAgo(brief);
        requestedLongAgo(mail);
        network.sendDue();

        assertThat(providers.sent(Channel.SMS)).isEmpty();
        assertThat(database.delivery(brief.idempotencyKey())).containsEntry("status", "FAILED")
                .containsEntry("error_code", "no-brief");
        assertThat(statuses(brief)).containsExactly(DeliveryStatus.FAILED);
        assertThat(sentFor(mail).email().text()).contains("Por su seguridad").doesNotContain("/b/");
    }

    @Test
    void onceTheAlertIsOverNoBriefIsSentAndACallGoesWithoutIt() {
        keepBriefs.kept(AlertBriefs.marta(alert, code, 1));
        keepBriefs.over(alert);
        NotificationRequested brief = request(Channel.SMS, NotificationPurpose.BRIEF, BriefDisclosure.ON_CONTACT, 1);
        NotificationRequested update = request(Channel.EMAIL, NotificationPurpose.BRIEF_UPDATE, BriefDisclosure.ON_ACK, 1);
        NotificationRequested call = request(Channel.VOICE, NotificationPurpose.ALERT, BriefDisclosure.ON_CONTACT, 1);

        send(brief, update, call);

        assertThat(providers.all()).hasSize(1);
        assertThat(sentFor(call).speech().brief()).isNull();
        for (NotificationRequested refused : List.of(brief, update)) {
            assertThat(database.delivery(refused.idempotencyKey())).containsEntry("status", "FAILED")
                    .containsEntry("error_code", "alert-over");
        }
        assertThat(database.row("SELECT brief, over_at FROM alert_brief WHERE alert_id = ?", alert))
                .containsEntry("brief", null).doesNotContainEntry("over_at", null);
    }

    @Test
    void theEndOfTheAlertWakesWhatWaitedForItsBrief() {
        NotificationRequested brief = request(Channel.SMS, NotificationPurpose.BRIEF, BriefDisclosure.ON_CONTACT, 1);
        send(brief);
        assertThat(database.delivery(brief.idempotencyKey())).containsEntry("error_code", Delivery.AWAITING_BRIEF);

        assertThat(keepBriefs.over(alert)).isTrue();
        network.sendDue();

        assertThat(database.delivery(brief.idempotencyKey())).containsEntry("status", "FAILED")
                .containsEntry("error_code", "alert-over");
        assertThat(providers.all()).isEmpty();
    }

    private AlertBrief version2() {
        return AlertBriefs.brief(alert, code, 2, AlertBriefs.NAME, null,
                List.of(AlertBriefs.panic(AlertBriefs.WORDS, AlertBriefs.MARKET, AlertBriefs.AT),
                        AlertBriefs.panic(NEW_WORDS, AlertBriefs.BUS_STOP, AlertBriefs.AT.plusSeconds(300))),
                List.of());
    }

    private NotificationRequested request(Channel channel, NotificationPurpose purpose, BriefDisclosure rule,
            long version) {
        return NotificationRequested.of(alert, code, responder, channel, purpose, Grade.HIGH, 1, 0, Instant.now(), rule,
                version);
    }

    private void send(NotificationRequested... requests) {
        network.accept(requests);
        network.sendDue();
    }

    /** Its request was recorded longer ago than the brief is waited for, and it is due now. */
    private void requestedLongAgo(NotificationRequested request) {
        Timestamp longAgo = Timestamp.from(Instant.now().minusSeconds(31));
        database.execute("UPDATE notification_delivery SET created_at = ?, next_attempt_at = ? WHERE idempotency_key = ?",
                longAgo, longAgo, request.idempotencyKey());
    }

    private FakeProviders.Sent sentFor(NotificationRequested request) {
        UUID delivery = AcceptRequests.step(request).deliveryId();
        return providers.all().stream().filter(sent -> sent.deliveryId().equals(delivery)).findFirst().orElseThrow();
    }

    private String everythingSent() {
        StringBuilder all = new StringBuilder();
        for (FakeProviders.Sent sent : providers.all()) {
            all.append(sent.text()).append(sent.speech()).append(sent.speech() == null ? "" : sent.speech().message())
                    .append(sent.email() == null ? "" : sent.email().text() + sent.email().html());
        }
        return all.toString();
    }

    private long linksIssued() {
        return (Long) database.row("SELECT count(*) AS links FROM brief_link WHERE alert_id = ?", alert).get("links");
    }

    private static String link(String text) {
        int start = text.indexOf("/b/") + 3;
        return text.substring(start, start + 32);
    }

    private List<DeliveryStatus> statuses(NotificationRequested request) {
        return database.outbox(request.alertId().toString()).stream()
                .filter(row -> row.topic().equals(Topics.NOTIFICATIONS_STATUS))
                .map(row -> row.event(NotificationStatus.class))
                .filter(status -> status.idempotencyKey().equals(request.idempotencyKey()))
                .map(NotificationStatus::status)
                .toList();
    }
}
