package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.Objects;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;

/**
 * A notification an alert requested, and the last status reported for it.
 *
 * @param key          its idempotency key
 * @param status       the last status notification reported; null before any (an OPENED changes it not)
 * @param carriesBrief whether the message carries the brief ({@code NotificationRequested#carriesBrief()})
 * @param disclosed    whether the brief it carries is known to have reached her (recorded once)
 * @param openedAt     when she last opened the brief page its link leads to; null while she did not
 */
public record SentRequest(String key, String personId, Channel channel, int level, int round,
        NotificationPurpose purpose, Instant requestedAt, DeliveryStatus status, boolean carriesBrief,
        boolean disclosed, Instant openedAt) {

    public SentRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    SentRequest withStatus(DeliveryStatus newStatus) {
        return new SentRequest(key, personId, channel, level, round, purpose, requestedAt, newStatus, carriesBrief,
                disclosed, openedAt);
    }

    SentRequest disclosing() {
        return new SentRequest(key, personId, channel, level, round, purpose, requestedAt, status, carriesBrief, true,
                openedAt);
    }

    SentRequest opened(Instant at) {
        return new SentRequest(key, personId, channel, level, round, purpose, requestedAt, status, carriesBrief,
                disclosed, at);
    }

    /** Whether the delivery failed for good (a call nobody answered counts). */
    boolean failed() {
        return status == DeliveryStatus.FAILED || status == DeliveryStatus.NO_ANSWER;
    }
}
