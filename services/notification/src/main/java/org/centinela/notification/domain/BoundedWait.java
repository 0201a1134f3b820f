package org.centinela.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a delivery waits for something it needs that travels on another topic than its request, and how often it
 * looks again meanwhile: the alert's brief ({@link BriefWait}), or the person herself when this replica's copy of the
 * directory does not hold her yet (a responder enrolled moments before an alert; after the wait, the delivery fails as
 * {@code unknown-recipient}).
 *
 * @param atMost       how long after the request it waits at most
 * @param recheckEvery how often a waiting delivery looks again
 */
public record BoundedWait(Duration atMost, Duration recheckEvery) {

    public BoundedWait {
        if (atMost == null || atMost.isNegative()) {
            throw new IllegalArgumentException("atMost must not be negative");
        }
        if (recheckEvery == null || recheckEvery.isNegative() || recheckEvery.isZero()) {
            throw new IllegalArgumentException("recheckEvery must be positive");
        }
    }

    /** When a delivery requested at {@code requestedAt} looks again; empty once the wait is over. */
    public Optional<Instant> recheckAt(Instant requestedAt, Instant now) {
        Instant deadline = requestedAt.plus(atMost);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Instant recheck = now.plus(recheckEvery);
        return Optional.of(recheck.isBefore(deadline) ? recheck : deadline);
    }
}
