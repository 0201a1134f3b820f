package org.centinela.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How long a delivery to someone this replica's copy of the directory does not hold yet waits for her before it fails
 * as {@code unknown-recipient}. Escalation publishes a person and, soon after, requests to reach her, on two topics
 * read by two consumers: a responder enrolled moments before an alert may reach the request first.
 *
 * @param atMost       how long after the request it waits at most
 * @param recheckEvery how often a waiting delivery looks again
 */
public record RecipientWait(Duration atMost, Duration recheckEvery) {

    public RecipientWait {
        if (atMost == null || atMost.isNegative()) {
            throw new IllegalArgumentException("atMost must not be negative");
        }
        if (recheckEvery == null || recheckEvery.isNegative() || recheckEvery.isZero()) {
            throw new IllegalArgumentException("recheckEvery must be positive");
        }
    }

    /** When a delivery requested at {@code requestedAt} looks for her again; empty once the wait is over. */
    public Optional<Instant> recheckAt(Instant requestedAt, Instant now) {
        Instant deadline = requestedAt.plus(atMost);
        if (!now.isBefore(deadline)) {
            return Optional.empty();
        }
        Instant recheck = now.plus(recheckEvery);
        return Optional.of(recheck.isBefore(deadline) ? recheck : deadline);
    }
}
