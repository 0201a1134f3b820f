package org.centinela.notification.application;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.notification.Channel;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.Step;

/** The delivery records, one per idempotency key; each method runs in the caller's transaction if there is one. */
public interface Deliveries {

    /** Records as WAITING each step whose idempotency key was never recorded; the steps that were new. */
    List<Step> recordNew(Collection<Step> steps, Instant now);

    /**
     * Takes the next WAITING delivery due at {@code now} on one of {@code channels} — the highest priority
     * first, then the oldest — and records it as {@link Delivery#sending being sent}, in a transaction of its
     * own that is committed before this returns (so before the provider is called).
     */
    Optional<Delivery> claimNext(Set<Channel> channels, Instant now);

    /**
     * Takes up to {@code limit} deliveries left SENDING since before {@code startedBefore} (their sender died,
     * or never answered) and marks their attempt as started again at {@code now}, so that one replica only
     * reconciles each.
     */
    List<Delivery> claimAbandoned(Instant startedBefore, Instant now, int limit);

    /** The delivery, locked until the caller's transaction ends. */
    Optional<Delivery> lock(UUID deliveryId);

    Optional<Delivery> find(UUID deliveryId);

    Optional<Delivery> findByKey(String idempotencyKey);

    /** Writes {@code delivery} over the record with its id. */
    void save(Delivery delivery);

    /**
     * Makes the deliveries of {@code alertId} that wait for its brief ({@link Delivery#AWAITING_BRIEF}) due at
     * {@code now}: the brief changed, or the alert is over. How many.
     */
    int awaitingBriefDue(UUID alertId, Instant now);

    /** Whether another delivery already holds this provider id. */
    boolean providerIdTaken(String providerId);
}
