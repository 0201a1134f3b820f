package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.Objects;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;

/**
 * A notification an alert requested, and the last status reported for it.
 *
 * @param key    its idempotency key
 * @param status the last status notification reported; null before any
 */
public record SentRequest(String key, String personId, Channel channel, int level, int round,
        NotificationPurpose purpose, Instant requestedAt, DeliveryStatus status) {

    public SentRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    SentRequest withStatus(DeliveryStatus newStatus) {
        return new SentRequest(key, personId, channel, level, round, purpose, requestedAt, newStatus);
    }

    /** Whether the delivery failed for good (a call nobody answered counts). */
    boolean failed() {
        return status == DeliveryStatus.FAILED || status == DeliveryStatus.NO_ANSWER;
    }
}
