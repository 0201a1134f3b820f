package org.centinela.notification.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.Topics;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.FakeProviders;
import org.centinela.notification.NotificationDatabase;
import org.centinela.notification.People;
import org.centinela.notification.TestNetwork;
import org.centinela.notification.domain.AckLink;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.Failure;
import org.centinela.notification.domain.SendResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** From a recorded request to the provider, exactly once per step, on the real test database and fake providers. */
@QuarkusTest
class SendingTest {

    @Inject
    TestNetwork network;
    @Inject
    FakeProviders providers;
    @Inject
    Reconcile reconcile;
    @Inject
    SendNext sendNext;

    private NotificationDatabase database;
    private String phone;
    private String email;
    private String responder;

    @BeforeEach
    void aResponder() {
        network.reset();
        database = network.database();
        phone = People.uniquePhone();
        email = People.uniqueEmail();
        responder = network.responder(phone, email, "es");
    }

    @Test
    void aRequestIsSentOnceAndARedeliveredRequestSendsNothingNew() {
        NotificationRequested request = People.alert(responder, Channel.SMS);

        assertThat(network.accept(request)).isEqualTo(1);
        assertThat(network.sendDue()).isEqualTo(1);
        assertThat(network.accept(request)).as("the same idempotency key again").isZero();
        assertThat(network.sendDue()).isZero();

        List<FakeProviders.Sent> sent = providers.sentTo(phone);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).text()).contains("OK " + request.alertCode()).contains("Responde");
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "QUEUED")
                .containsEntry("provider_id", sent.get(0).providerId()).containsEntry("attempts", 1);
        assertThat(statuses(request)).extracting(NotificationStatus::status).containsExactly(DeliveryStatus.QUEUED);
        assertThat(statuses(request).get(0).providerId()).isEqualTo(sent.get(0).providerId());
    }

    @Test
    void aRequestIsRecordedBeforeTheProviderIsCalled() {
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);

        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "WAITING");
        assertThat(providers.all()).isEmpty();
    }

    @Test
    void aTransientFailureIsRetriedWithBackoffToOneMessage() {
        providers.plan(Channel.SMS, transientFailure(), transientFailure());
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);

        network.sendUntil(() -> !providers.sentTo(phone).isEmpty());

        assertThat(providers.sentTo(phone)).hasSize(1);
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "QUEUED").containsEntry("attempts", 3);
        assertThat(statuses(request)).extracting(NotificationStatus::status).containsExactly(DeliveryStatus.QUEUED);
    }

    @Test
    void aRetryWaitsForItsBackoff() {
        providers.plan(Channel.SMS, transientFailure());
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);

        assertThat(sendNext.sendNext().sent()).isTrue();

        Map<String, Object> row = database.delivery(request.idempotencyKey());
        assertThat(row).containsEntry("status", "WAITING").containsEntry("attempts", 1).containsEntry("error_code", "20500");
        assertThat(((Timestamp) row.get("next_attempt_at")).toInstant()).isAfter(((Timestamp) row.get("attempt_started_at")).toInstant());
    }

    @Test
    void aPermanentFailureIsFailedAtOnceSoThatEscalationFallsBack() {
        providers.plan(Channel.SMS, SendResult.refused(Failure.Kind.PERMANENT, "21211", "the 'To' number is not a valid phone number"));
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);

        network.sendDue();

        NotificationStatus failed = statuses(request).get(0);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.errorCode()).isEqualTo("21211");
        assertThat(failed.errorMessage()).doesNotContain(phone);
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "FAILED").containsEntry("attempts", 1);
    }

    @Test
    void whenRetriesRunOutTheDeliveryFails() {
        for (int i = 0; i < 6; i++) {
            providers.plan(Channel.EMAIL, SendResult.refused(Failure.Kind.TRANSIENT, "smtp-unreachable", "the SMTP relay could not be reached"));
        }
        NotificationRequested request = People.alert(responder, Channel.EMAIL);
        network.accept(request);

        network.sendUntil(() -> !statuses(request).isEmpty());

        assertThat(statuses(request)).extracting(NotificationStatus::status).containsExactly(DeliveryStatus.FAILED);
        assertThat(statuses(request).get(0).errorMessage()).startsWith("gave up after 6 attempts");
        assertThat(providers.sentTo(email)).isEmpty();
    }

    @Test
    void anAttemptThatTimedOutButReachedTwilioIsNotSentAgain() {
        providers.plan(Channel.SMS, SendResult.refused(Failure.Kind.UNCERTAIN, "timeout", "Twilio did not answer in time"));
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);
        // Twilio took the message, but its answer never came back.
        providers.holds(new FakeProviders.Held(Channel.SMS, phone, "CENTINELA ... OK " + request.alertCode(), "SMheld",
                Instant.now()));

        network.sendUntil(() -> "QUEUED".equals(database.delivery(request.idempotencyKey()).get("status")));

        assertThat(providers.sentTo(phone)).isEmpty();
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("provider_id", "SMheld");
        assertThat(statuses(request)).extracting(NotificationStatus::providerId).containsExactly("SMheld");
    }

    @Test
    void anAttemptThatTimedOutIsNotTakenForTheBriefSentToHerMeanwhile() {
        providers.plan(Channel.SMS, SendResult.refused(Failure.Kind.UNCERTAIN, "timeout", "Twilio did not answer in time"));
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);
        // The provider holds her brief's SMS of the same alert, not the alert's.
        providers.holds(new FakeProviders.Held(Channel.SMS, phone, "CENTINELA " + request.alertCode()
                + ": Marta. Ver todo: http://127.0.0.1:8084/b/abc", "SMbrief", Instant.now()));

        network.sendUntil(() -> !providers.sentTo(phone).isEmpty());

        assertThat(providers.sentTo(phone)).as("the alert itself, sent after all").hasSize(1);
        assertThat(database.delivery(request.idempotencyKey()).get("provider_id")).isNotEqualTo("SMbrief");
    }

    @Test
    void whileTwilioCannotBeAskedAboutAnUncertainAttemptNothingIsSent() {
        providers.plan(Channel.SMS, SendResult.refused(Failure.Kind.UNCERTAIN, "timeout", "Twilio did not answer in time"));
        providers.lookupsFail(true);
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);

        network.sendUntil(() -> "lookup-failed".equals(database.delivery(request.idempotencyKey()).get("error_code")));

        assertThat(providers.sentTo(phone)).isEmpty();
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "WAITING");
        providers.lookupsFail(false);
        network.sendUntil(() -> !providers.sentTo(phone).isEmpty());
        assertThat(providers.sentTo(phone)).hasSize(1);
    }

    @Test
    void anAdapterThatFailsUnexpectedlyLeavesTheDeliveryInDoubtNeverLost() {
        providers.planCrash(Channel.SMS);
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);

        assertThat(sendNext.sendNext().sent()).isTrue();
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "WAITING")
                .containsEntry("error_code", "internal-error");
        assertThat(database.delivery(request.idempotencyKey()).get("uncertain_since")).isNotNull();

        network.sendUntil(() -> !providers.sentTo(phone).isEmpty());
        assertThat(providers.sentTo(phone)).hasSize(1);
    }

    @Test
    void anAttemptThatTimedOutBeforeReachingTwilioIsSentAgainOnce() {
        providers.plan(Channel.VOICE, SendResult.refused(Failure.Kind.UNCERTAIN, "timeout", "Twilio did not answer in time"));
        NotificationRequested request = People.alert(responder, Channel.VOICE);
        network.accept(request);

        network.sendUntil(() -> !providers.sentTo(phone).isEmpty());

        assertThat(providers.sentTo(phone)).hasSize(1);
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "QUEUED").containsEntry("attempts", 2);
    }

    @Test
    void aCrashBetweenTheProviderAndTheRecordIsReconciledWithoutASecondSend() {
        NotificationRequested taken = People.alert(responder, Channel.SMS);
        NotificationRequested lost = People.alert(responder, Channel.VOICE);
        network.accept(taken, lost);
        Instant crashedAt = Instant.now().minusSeconds(600);
        abandonedWhileSending(taken, crashedAt);
        abandonedWhileSending(lost, crashedAt);
        providers.holds(new FakeProviders.Held(Channel.SMS, phone, "CENTINELA OK " + taken.alertCode(), "SMtaken",
                crashedAt.plusMillis(300)));

        assertThat(reconcile.abandoned()).isEqualTo(2);
        network.sendDue();

        assertThat(database.delivery(taken.idempotencyKey())).containsEntry("status", "QUEUED").containsEntry("provider_id", "SMtaken");
        assertThat(providers.sent(Channel.SMS)).as("Twilio had it: not sent again").isEmpty();
        assertThat(providers.sent(Channel.VOICE)).as("Twilio never had it: sent once").hasSize(1);
        assertThat(statuses(taken)).extracting(NotificationStatus::status).containsExactly(DeliveryStatus.QUEUED);
        assertThat(reconcile.abandoned()).isZero();
    }

    @Test
    void aDeliveryStillWithinItsLeaseIsLeftToItsSender() {
        NotificationRequested request = People.alert(responder, Channel.SMS);
        network.accept(request);
        abandonedWhileSending(request, Instant.now().minusSeconds(5));

        assertThat(reconcile.abandoned()).isZero();
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "SENDING");
    }

    @Test
    void someoneNotInTheDirectoryCannotBeReachedOnceTheWaitForHerIsOver() {
        NotificationRequested request = People.alert("nobody-" + UUID.randomUUID(), Channel.SMS);
        network.accept(request);

        network.sendUntil(() -> !statuses(request).isEmpty());

        assertThat(statuses(request)).singleElement().satisfies(status -> {
            assertThat(status.status()).isEqualTo(DeliveryStatus.FAILED);
            assertThat(status.errorCode()).isEqualTo("unknown-recipient");
        });
    }

    @Test
    void someoneNotYetInThisReplicasCopyOfTheDirectoryIsReachedOnceSheArrives() {
        String newcomer = "person-" + UUID.randomUUID();
        NotificationRequested request = People.alert(newcomer, Channel.SMS);
        network.accept(request);

        network.sendDue();

        assertThat(statuses(request)).as("not failed while she may still arrive").isEmpty();
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "WAITING")
                .containsEntry("error_code", Delivery.AWAITING_RECIPIENT);
        assertThat(providers.sent(Channel.SMS)).isEmpty();

        network.arrives(newcomer, "Ana", People.uniquePhone(), null, "es");
        network.sendUntil(() -> !providers.sent(Channel.SMS).isEmpty());

        assertThat(providers.sent(Channel.SMS)).hasSize(1);
    }

    @Test
    void someoneWithoutAnEmailCannotBeEmailed() {
        String noEmail = network.responder(People.uniquePhone(), null, "en");
        NotificationRequested request = People.alert(noEmail, Channel.EMAIL);
        network.accept(request);

        network.sendDue();

        assertThat(statuses(request)).extracting(NotificationStatus::errorCode).containsExactly("no-address");
    }

    @Test
    void criticalAlertsAreServedFirst() {
        UUID low = UUID.randomUUID();
        UUID critical = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            network.accept(People.request(low, "1111", network.responder(People.uniquePhone(), null, "es"), Channel.SMS,
                    NotificationPurpose.ALERT, Grade.LOW));
        }
        network.accept(People.request(critical, "2222", responder, Channel.SMS, NotificationPurpose.ALERT, Grade.CRITICAL));

        network.sendDue();

        assertThat(providers.sent(Channel.SMS)).hasSize(4);
        assertThat(providers.sent(Channel.SMS).get(0).text()).contains("2222");
    }

    @Test
    void aCallSpeaksHerLanguageAndOffersTheKeys() {
        String english = network.responder(People.uniquePhone(), null, "en-US");
        NotificationRequested request = People.alert(english, Channel.VOICE);
        network.accept(request);

        network.sendDue();

        FakeProviders.Sent call = providers.sent(Channel.VOICE).get(0);
        assertThat(call.speech().language()).isEqualTo("en");
        assertThat(call.speech().menu()).contains("Press 1");
    }

    @Test
    void anEmailCarriesASignedAckLinkOfWhichOnlyTheHashIsStored() {
        NotificationRequested request = People.alert(responder, Channel.EMAIL);
        network.accept(request);

        network.sendDue();

        FakeProviders.Sent sent = providers.sentTo(email).get(0);
        assertThat(sent.email().subject()).contains(request.alertCode());
        String link = sent.email().text().lines().filter(line -> line.contains("/ack/")).findFirst().orElseThrow();
        assertThat(link).startsWith("http://127.0.0.1:8084/ack/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(database.execute("UPDATE ack_link SET issued_at = issued_at WHERE token_hash = ?", AckLink.hash(token))).isEqualTo(1);
        assertThat(database.execute("UPDATE ack_link SET issued_at = issued_at WHERE token_hash = ?", token)).isZero();
        assertThat(statuses(request)).extracting(NotificationStatus::status).containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void someoneIsOnItNamesWhoAcknowledgedFromTheDirectory() {
        String luisa = network.person("Luisa", People.uniquePhone(),
                null, "es");
        String rosa = network.person("Rosa", People.uniquePhone(),
                null, "es");
        NotificationRequested request = People.request(UUID.randomUUID(), "4821", responder, Channel.SMS,
                NotificationPurpose.SOMEONE_ON_IT, Grade.HIGH).naming(List.of(luisa, rosa, "gone-" + UUID.randomUUID()));
        network.accept(request);

        network.sendDue();

        assertThat(providers.sentTo(phone).get(0).text()).contains("ya atienden la alerta Luisa, Rosa.");
    }

    @Test
    void informingMessagesCarryNoLinkAndNoQuestion() {
        NotificationRequested request = People.request(UUID.randomUUID(), "4821", responder, Channel.EMAIL,
                NotificationPurpose.STAND_DOWN, Grade.HIGH);
        network.accept(request);

        network.sendDue();

        assertThat(providers.sentTo(email).get(0).email().text()).doesNotContain("/ack/");
    }

    private void abandonedWhileSending(NotificationRequested request, Instant startedAt) {
        database.execute("UPDATE notification_delivery SET status = 'SENDING', attempts = 1, next_attempt_at = NULL,"
                + " attempt_started_at = ? WHERE idempotency_key = ?", Timestamp.from(startedAt), request.idempotencyKey());
    }

    private List<NotificationStatus> statuses(NotificationRequested request) {
        return database.outbox(request.alertId().toString()).stream()
                .filter(row -> row.topic().equals(Topics.NOTIFICATIONS_STATUS))
                .map(row -> row.event(NotificationStatus.class))
                .filter(status -> status.idempotencyKey().equals(request.idempotencyKey()))
                .toList();
    }

    private static SendResult transientFailure() {
        return SendResult.refused(Failure.Kind.TRANSIENT, "20500", "Twilio had an internal error");
    }
}
