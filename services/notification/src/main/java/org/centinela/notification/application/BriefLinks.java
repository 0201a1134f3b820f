package org.centinela.notification.application;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.notification.Channel;

/**
 * The brief links issued, by the hash of their token (the token itself is never stored), with the delivery that
 * carried each, and whether its "I'm on it" button was used.
 */
public interface BriefLinks {

    /**
     * A link issued.
     *
     * @param tokenHash      the SHA-256 of its token
     * @param idempotencyKey the key of the delivery that carried it
     * @param deliveryId     that delivery
     * @param channel        its channel (SMS or EMAIL)
     * @param alertId        the alert whose brief it shows
     * @param personId       to whom
     * @param expiresAt      until when
     * @param acknowledgedAt when its "I'm on it" button was used; null while it was not
     */
    record Link(String tokenHash, String idempotencyKey, UUID deliveryId, Channel channel, UUID alertId,
            String personId, Instant expiresAt, Instant acknowledgedAt) {
        public Link {
            Objects.requireNonNull(tokenHash, "tokenHash must not be null");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey must not be null");
            Objects.requireNonNull(deliveryId, "deliveryId must not be null");
            Objects.requireNonNull(channel, "channel must not be null");
            Objects.requireNonNull(alertId, "alertId must not be null");
            Objects.requireNonNull(personId, "personId must not be null");
            Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        }
    }

    /** Records a link, in a transaction of its own; issuing the same token again changes nothing. */
    void issued(Link link, Instant now);

    Optional<Link> find(String tokenHash);

    /** Records that its "I'm on it" button was used at {@code now}; false when it was used before. */
    boolean acknowledge(String tokenHash, Instant now);
}
