package org.centinela.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.outbox.Outbox;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.DeliveryState;
import org.centinela.notification.domain.Failure;
import org.centinela.notification.domain.RetryPolicy;
import org.centinela.notification.domain.SendResult;

/**
 * Records what became of a delivery — the provider's answer, a status callback, a reconciliation — and, in
 * the same transaction, puts on the outbox the status that becomes public, if any. A delivery is locked
 * while it changes, so that a callback and a sender's answer arriving together are applied one after
 * the other, and only progress is ever published, and counted ({@link DeliveryTally}).
 */
@ApplicationScoped
public class Outcomes {

    private final Deliveries deliveries;
    private final Outbox outbox;
    private final RetryPolicy retries;
    private final Clock clock;
    private final DeliveryTally tally;

    public Outcomes(Deliveries deliveries, Outbox outbox, RetryPolicy retries, Clock clock, DeliveryTally tally) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.retries = retries;
        this.clock = clock;
        this.tally = tally;
    }

    /** The provider's answer to an attempt: taken, retried later, or failed for good. */
    @Transactional
    public Delivery answered(UUID deliveryId, SendResult result) {
        return change(deliveryId, delivery -> delivery.answered(result, retries, clock.instant(),
                () -> ThreadLocalRandom.current().nextDouble()));
    }

    /** A delivery that cannot be sent (no such person, no address): FAILED at once. */
    @Transactional
    public Delivery impossible(UUID deliveryId, Failure failure) {
        return change(deliveryId, delivery -> delivery.impossible(failure));
    }

    /** Taken, but the brief it carries has not arrived: due again at {@code recheckAt}, no attempt counted. */
    @Transactional
    public Delivery awaitingBrief(UUID deliveryId, Instant recheckAt) {
        return change(deliveryId, delivery -> delivery.awaitingBrief(recheckAt));
    }

    /** Taken, but the person is not in the directory's copy yet: due again at {@code recheckAt}, no attempt counted. */
    @Transactional
    public Delivery awaitingRecipient(UUID deliveryId, Instant recheckAt) {
        return change(deliveryId, delivery -> delivery.awaitingRecipient(recheckAt));
    }

    /** The provider was asked about an attempt cut short: it has it under {@code found}, or nothing (sent again). */
    @Transactional
    public Delivery reconciled(UUID deliveryId, Optional<String> found) {
        return change(deliveryId, delivery -> delivery.reconciled(found, clock.instant()));
    }

    /** A status callback from the provider. */
    @Transactional
    public Optional<Delivery> reported(UUID deliveryId, DeliveryState state, String providerId, Failure failure) {
        if (deliveries.find(deliveryId).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(change(deliveryId, delivery -> delivery.reported(state, providerId, failure)));
    }

    private Delivery change(UUID deliveryId, java.util.function.Function<Delivery, Delivery.Change> what) {
        Delivery current = deliveries.lock(deliveryId)
                .orElseThrow(() -> new IllegalStateException("no delivery " + deliveryId));
        Delivery.Change change = what.apply(current);
        if (!change.delivery().equals(current)) {
            deliveries.save(change.delivery());
        }
        change.published().ifPresent(state -> publish(change.delivery(), state, change.failure(), clock.instant()));
        return change.delivery();
    }

    private void publish(Delivery delivery, DeliveryState state, Failure failure, Instant at) {
        var step = delivery.step();
        outbox.append(new NotificationStatus(step.idempotencyKey(), step.alertId(), step.personId(), step.channel(),
                state.published().orElseThrow(), delivery.providerId(),
                failure == null ? null : failure.code(), failure == null ? null : failure.message(), at));
        tally.reached(step.channel(), state);
    }
}
