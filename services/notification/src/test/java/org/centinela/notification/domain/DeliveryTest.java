package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;

class DeliveryTest {

    private static final Instant T0 = Instant.parse("2026-11-28T12:00:00Z");
    private static final RetryPolicy RETRIES = new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(10));
    private static final Failure SERVER_ERROR = new Failure(Failure.Kind.TRANSIENT, "20500", "Twilio had an internal error");
    private static final Failure TIMEOUT = new Failure(Failure.Kind.UNCERTAIN, "timeout", "Twilio did not answer in time");
    private static final Failure INVALID_NUMBER = new Failure(Failure.Kind.PERMANENT, "21211", "not a valid phone number");

    private final Delivery sending = Delivery.requested(step(Channel.SMS), T0).sending(T0);

    @Test
    void aRequestIsDueAtOnceAndTakingItCountsAnAttempt() {
        Delivery requested = Delivery.requested(step(Channel.SMS), T0);

        assertThat(requested.state()).isEqualTo(DeliveryState.WAITING);
        assertThat(requested.nextAttemptAt()).isEqualTo(T0);
        assertThat(sending.state()).isEqualTo(DeliveryState.SENDING);
        assertThat(sending.attempts()).isEqualTo(1);
        assertThatThrownBy(() -> sending.sending(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptedByTwilioIsQueuedWithItsSidAndPublished() {
        Delivery.Change change = sending.answered(SendResult.accepted("SM1"), RETRIES, T0, () -> 0.5);

        assertThat(change.delivery().state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(change.delivery().providerId()).isEqualTo("SM1");
        assertThat(change.published()).contains(DeliveryState.QUEUED);
    }

    @Test
    void anEmailTakenBySmtpIsSent() {
        Delivery email = Delivery.requested(step(Channel.EMAIL), T0).sending(T0);

        assertThat(email.answered(SendResult.accepted("<id@x>"), RETRIES, T0, () -> 0.5).published())
                .contains(DeliveryState.SENT);
    }

    @Test
    void aPermanentFailureIsFailedAtOnce() {
        Delivery.Change change = sending.answered(new SendResult.Refused(INVALID_NUMBER), RETRIES, T0, () -> 0.5);

        assertThat(change.delivery().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(change.published()).contains(DeliveryState.FAILED);
        assertThat(change.failure()).isEqualTo(INVALID_NUMBER);
    }

    @Test
    void aTransientFailureWaitsWithBackoffSilentlyThenFailsWhenAttemptsRunOut() {
        Delivery.Change first = sending.answered(new SendResult.Refused(SERVER_ERROR), RETRIES, T0, () -> 0.0);

        assertThat(first.delivery().state()).isEqualTo(DeliveryState.WAITING);
        assertThat(first.delivery().nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(first.published()).isEmpty();
        assertThat(first.delivery().errorCode()).isEqualTo("20500");

        Delivery third = first.delivery().sending(T0.plusSeconds(1))
                .answered(new SendResult.Refused(SERVER_ERROR), RETRIES, T0, () -> 0.0).delivery()
                .sending(T0.plusSeconds(3));
        Delivery.Change last = third.answered(new SendResult.Refused(SERVER_ERROR), RETRIES, T0, () -> 0.0);

        assertThat(third.attempts()).isEqualTo(3);
        assertThat(last.delivery().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(last.published()).contains(DeliveryState.FAILED);
        assertThat(last.failure().code()).isEqualTo("20500");
        assertThat(last.failure().message()).startsWith("gave up after 3 attempts");
    }

    @Test
    void anUncertainAttemptIsRememberedSoThatTheProviderIsAskedFirst() {
        Delivery.Change change = sending.answered(new SendResult.Refused(TIMEOUT), RETRIES, T0.plusSeconds(10), () -> 0.5);

        assertThat(change.delivery().state()).isEqualTo(DeliveryState.WAITING);
        assertThat(change.delivery().uncertain()).isTrue();
        assertThat(change.delivery().uncertainSince()).isEqualTo(T0);

        Delivery again = change.delivery().sending(T0.plusSeconds(20))
                .answered(new SendResult.Refused(SERVER_ERROR), RETRIES, T0.plusSeconds(21), () -> 0.5).delivery();
        assertThat(again.uncertainSince()).as("the first doubtful attempt is still in doubt").isEqualTo(T0);
    }

    @Test
    void reconciliationRecordsWhatTheProviderHasOrMakesItDueAgain() {
        Delivery doubtful = sending.answered(new SendResult.Refused(TIMEOUT), RETRIES, T0, () -> 0.5).delivery();

        Delivery.Change found = doubtful.reconciled(Optional.of("SM9"), T0.plusSeconds(5));
        assertThat(found.delivery().state()).isEqualTo(DeliveryState.QUEUED);
        assertThat(found.delivery().providerId()).isEqualTo("SM9");
        assertThat(found.published()).contains(DeliveryState.QUEUED);

        Delivery.Change nothing = sending.reconciled(Optional.empty(), T0.plusSeconds(5));
        assertThat(nothing.delivery().state()).isEqualTo(DeliveryState.WAITING);
        assertThat(nothing.delivery().nextAttemptAt()).isEqualTo(T0.plusSeconds(5));
        assertThat(nothing.published()).isEmpty();
    }

    @Test
    void callbacksOnlyMoveForwardAndEachStateIsPublishedOnce() {
        Delivery queued = sending.answered(SendResult.accepted("SM1"), RETRIES, T0, () -> 0.5).delivery();

        Delivery.Change delivered = queued.reported(DeliveryState.DELIVERED, "SM1", null);
        assertThat(delivered.published()).contains(DeliveryState.DELIVERED);
        assertThat(delivered.delivery().reported(DeliveryState.DELIVERED, "SM1", null).published())
                .as("Twilio retried the callback").isEmpty();
        assertThat(delivered.delivery().reported(DeliveryState.SENT, "SM1", null).published())
                .as("a late 'sent' after 'delivered'").isEmpty();
    }

    @Test
    void failedIsFinal() {
        Delivery failed = sending.answered(SendResult.accepted("SM1"), RETRIES, T0, () -> 0.5).delivery()
                .reported(DeliveryState.FAILED, "SM1", new Failure(Failure.Kind.PERMANENT, "30003", "unreachable"))
                .delivery();

        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.errorCode()).isEqualTo("30003");
        assertThat(failed.reported(DeliveryState.DELIVERED, "SM1", null).published()).isEmpty();
    }

    @Test
    void aCallbackBeforeTheSendersAnswerWinsAndTheAnswerOnlyFillsTheSid() {
        Delivery sentByCallback = sending.reported(DeliveryState.SENT, null, null).delivery();

        Delivery.Change answer = sentByCallback.answered(SendResult.accepted("SM1"), RETRIES, T0, () -> 0.5);
        assertThat(answer.delivery().state()).isEqualTo(DeliveryState.SENT);
        assertThat(answer.delivery().providerId()).isEqualTo("SM1");
        assertThat(answer.published()).isEmpty();
    }

    @Test
    void anImpossibleDeliveryFailsAtOnce() {
        Delivery.Change change = sending.impossible(new Failure(Failure.Kind.PERMANENT, "unknown-recipient", "x"));

        assertThat(change.delivery().state()).isEqualTo(DeliveryState.FAILED);
        assertThat(change.published()).contains(DeliveryState.FAILED);
    }

    @Test
    void aDeliveryWaitingForItsBriefGoesBackToTheQueueWithoutCountingAnAttemptOrPublishingAnything() {
        Delivery.Change change = sending.awaitingBrief(T0.plusSeconds(1));

        assertThat(change.delivery().state()).isEqualTo(DeliveryState.WAITING);
        assertThat(change.delivery().attempts()).isZero();
        assertThat(change.delivery().nextAttemptAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(change.delivery().errorCode()).isEqualTo(Delivery.AWAITING_BRIEF);
        assertThat(change.published()).isEmpty();
        assertThat(change.delivery().sending(T0.plusSeconds(1)).attempts()).isEqualTo(1);
        assertThatThrownBy(() -> change.delivery().awaitingBrief(T0)).isInstanceOf(IllegalStateException.class);
    }

    static Step step(Channel channel) {
        return new Step("key-" + UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "4821", "person-1", channel,
                NotificationPurpose.ALERT, Grade.CRITICAL, 1, 0);
    }
}
