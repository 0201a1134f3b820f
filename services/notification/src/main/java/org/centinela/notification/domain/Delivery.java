package org.centinela.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.centinela.contracts.notification.Channel;

/**
 * The record of one step's delivery, written before the provider is called and kept under the step's
 * idempotency key: what state it is in, the provider's id once there is one, and how many attempts it took.
 * Every change is a new record; {@link Change} says what, if anything, becomes public.
 *
 * @param step             the step
 * @param state            how far it got
 * @param providerId       the provider's id (Twilio's SID, the e-mail's Message-ID); null before it is known
 * @param attempts         how many times a sender took it
 * @param nextAttemptAt    when a WAITING delivery is due
 * @param attemptStartedAt when the last attempt started (the provider may have it from then on)
 * @param uncertainSince   when an attempt that may have reached the provider started (a timeout, a crash): the
 *                         provider is asked what it holds since then before anything is sent again; null when
 *                         no attempt is in doubt
 * @param errorCode        the last failure's code, {@value #AWAITING_BRIEF} while it waits for the brief, or null
 * @param createdAt        when the request was recorded
 */
public record Delivery(Step step, DeliveryState state, String providerId, int attempts, Instant nextAttemptAt,
        Instant attemptStartedAt, Instant uncertainSince, String errorCode, Instant createdAt) {

    /** The {@link #errorCode} of a delivery that waits for the brief it carries. */
    public static final String AWAITING_BRIEF = "awaiting-brief";
    public static final String AWAITING_RECIPIENT = "awaiting-recipient";

    public Delivery {
        Objects.requireNonNull(step, "step must not be null");
        Objects.requireNonNull(state, "state must not be null");
        Objects.requireNonNull(createdAt, "createdAt must not be null");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
        if (state == DeliveryState.WAITING && nextAttemptAt == null) {
            throw new IllegalArgumentException("a waiting delivery needs nextAttemptAt");
        }
        if (state == DeliveryState.SENDING && attemptStartedAt == null) {
            throw new IllegalArgumentException("a delivery being sent needs attemptStartedAt");
        }
    }

    /** What a change did: the new record, and the state to publish on {@code notifications.status}, if any. */
    public record Change(Delivery delivery, Optional<DeliveryState> published, Failure failure) {
        public Change {
            Objects.requireNonNull(delivery, "delivery must not be null");
            Objects.requireNonNull(published, "published must not be null");
        }

        static Change silent(Delivery delivery) {
            return new Change(delivery, Optional.empty(), null);
        }
    }

    /** A step just requested: due now. */
    public static Delivery requested(Step step, Instant now) {
        return new Delivery(step, DeliveryState.WAITING, null, 0, now, null, null, null, now);
    }

    /** Taken by a sender at {@code now}: recorded before the provider is called. */
    public Delivery sending(Instant now) {
        requireState(DeliveryState.WAITING);
        return new Delivery(step, DeliveryState.SENDING, providerId, attempts + 1, null, now, uncertainSince, errorCode,
                createdAt);
    }

    /**
     * What the provider answered to the attempt that started at {@code attemptStartedAt}. An answer to any
     * other attempt, or to a delivery that a callback already moved on, changes nothing but a missing
     * provider id.
     */
    public Change answered(SendResult result, RetryPolicy retries, Instant now, DoubleSupplier random) {
        if (state != DeliveryState.SENDING) {
            if (result instanceof SendResult.Accepted accepted && providerId == null) {
                return Change.silent(withProvider(accepted.providerId()));
            }
            return Change.silent(this);
        }
        if (result instanceof SendResult.Accepted accepted) {
            DeliveryState taken = step.channel() == Channel.EMAIL ? DeliveryState.SENT : DeliveryState.QUEUED;
            return new Change(new Delivery(step, taken, accepted.providerId(), attempts, null, attemptStartedAt,
                    null, null, createdAt), Optional.of(taken), null);
        }
        Failure failure = ((SendResult.Refused) result).failure();
        Optional<Duration> wait = failure.kind() == Failure.Kind.PERMANENT ? Optional.empty()
                : retries.delayAfter(attempts, random);
        if (wait.isEmpty()) {
            Failure reported = failure.kind() == Failure.Kind.PERMANENT ? failure
                    : new Failure(Failure.Kind.PERMANENT, failure.code(),
                            "gave up after " + attempts + " attempts: " + (failure.message() == null ? failure.code() : failure.message()));
            return new Change(failed(reported.code()), Optional.of(DeliveryState.FAILED), reported);
        }
        return Change.silent(new Delivery(step, DeliveryState.WAITING, providerId, attempts, now.plus(wait.get()),
                attemptStartedAt, failure.kind() == Failure.Kind.UNCERTAIN && uncertainSince == null ? attemptStartedAt
                        : uncertainSince, failure.code(), createdAt));
    }

    /** The provider reported {@code reported} (a status callback): progress only, never back. */
    public Change reported(DeliveryState reported, String reportedProviderId, Failure failure) {
        Delivery withId = providerId == null && reportedProviderId != null ? withProvider(reportedProviderId) : this;
        if (!state.canMoveTo(reported) || reported == DeliveryState.WAITING || reported == DeliveryState.SENDING) {
            return Change.silent(withId);
        }
        return new Change(new Delivery(step, reported, withId.providerId, attempts, null, attemptStartedAt, null,
                failure == null ? errorCode : failure.code(), createdAt), Optional.of(reported), failure);
    }

    /** A delivery that cannot be sent at all (no such person, no address): failed for good, at once. */
    public Change impossible(Failure failure) {
        return new Change(failed(failure.code()), Optional.of(DeliveryState.FAILED), failure);
    }

    /**
     * After a crash or an uncertain attempt, the provider was asked whether it has the message: it has it
     * under {@code foundProviderId}, or (empty) it has nothing, and the delivery is due again now.
     */
    public Change reconciled(Optional<String> foundProviderId, Instant now) {
        if (state.settled()) {
            return Change.silent(this);
        }
        if (foundProviderId.isPresent()) {
            DeliveryState taken = step.channel() == Channel.EMAIL ? DeliveryState.SENT : DeliveryState.QUEUED;
            return new Change(new Delivery(step, taken, foundProviderId.get(), attempts, null, attemptStartedAt, null,
                    null, createdAt), Optional.of(taken), null);
        }
        return Change.silent(new Delivery(step, DeliveryState.WAITING, providerId, attempts, now, attemptStartedAt,
                null, errorCode, createdAt));
    }

    /**
     * Taken by a sender, but the brief it needs has not arrived yet: back to WAITING until {@code recheckAt},
     * without counting an attempt (the provider was not called), marked {@value #AWAITING_BRIEF} so that the
     * brief's arrival makes it due at once.
     */
    public Change awaitingBrief(Instant recheckAt) {
        requireState(DeliveryState.SENDING);
        return Change.silent(new Delivery(step, DeliveryState.WAITING, providerId, attempts - 1, recheckAt,
                attemptStartedAt, uncertainSince, AWAITING_BRIEF, createdAt));
    }

    /**
     * Taken by a sender, but the person is not in this replica's copy of the directory yet: back to WAITING until
     * {@code recheckAt}, without counting an attempt (the provider was not called), marked {@value #AWAITING_RECIPIENT}.
     */
    public Change awaitingRecipient(Instant recheckAt) {
        requireState(DeliveryState.SENDING);
        return Change.silent(new Delivery(step, DeliveryState.WAITING, providerId, attempts - 1, recheckAt,
                attemptStartedAt, uncertainSince, AWAITING_RECIPIENT, createdAt));
    }

    /** Whether an attempt may have reached the provider: it is asked before this delivery is sent again. */
    public boolean uncertain() {
        return uncertainSince != null;
    }

    private Delivery failed(String code) {
        return new Delivery(step, DeliveryState.FAILED, providerId, attempts, null, attemptStartedAt, null, code,
                createdAt);
    }

    private Delivery withProvider(String id) {
        return new Delivery(step, state, id, attempts, nextAttemptAt, attemptStartedAt, uncertainSince, errorCode, createdAt);
    }

    private void requireState(DeliveryState expected) {
        if (state != expected) {
            throw new IllegalStateException("delivery " + step.deliveryId() + " is " + state + ", not " + expected);
        }
    }
}
