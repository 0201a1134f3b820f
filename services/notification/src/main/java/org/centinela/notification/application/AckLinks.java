package org.centinela.notification.application;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The acknowledgement links issued, by the hash of their token (the token itself is never stored), and
 * whether each was used.
 */
public interface AckLinks {

    /** A link issued: the delivery it acknowledges and when it was used (null while it was not). */
    record Issued(UUID deliveryId, Instant usedAt) {
    }

    /** Records a link, in a transaction of its own; issuing the same token again changes nothing. */
    void issued(String tokenHash, UUID deliveryId, Instant expiresAt, Instant now);

    Optional<Issued> find(String tokenHash);

    /** Marks the link used at {@code now}; false when it was used before. */
    boolean use(String tokenHash, Instant now);
}
