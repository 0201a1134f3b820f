package org.centinela.contracts.notification;

import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.Topics;

/**
 * What became of a requested notification: queued, sent, delivered, failed, answered or not.
 *
 * @param schemaVersion  version of this shape, {@value #SCHEMA_VERSION} today
 * @param idempotencyKey the key of the request it reports on
 * @param alertId        the alert
 * @param personId       who was contacted
 * @param channel        how
 * @param status         how far it got; ANSWERED and NO_ANSWER only for VOICE
 * @param providerId     the provider's id for the message or call (e.g. Twilio's SID); may be null
 * @param errorCode      the provider's error code; may be null
 * @param errorMessage   a short description of the error that never contains personal data; may be null
 * @param at             when the provider reported it
 */
public record NotificationStatus(
        int schemaVersion,
        String idempotencyKey,
        UUID alertId,
        String personId,
        Channel channel,
        DeliveryStatus status,
        String providerId,
        String errorCode,
        String errorMessage,
        Instant at) implements CentinelaEvent {

    public static final int SCHEMA_VERSION = 1;
    public static final String TYPE = "org.centinela.notification.status.changed.v1";
    public static final int MAX_PROVIDER_ID_LENGTH = 128;
    public static final int MAX_ERROR_CODE_LENGTH = 64;
    public static final int MAX_ERROR_MESSAGE_LENGTH = 300;

    public NotificationStatus {
        Invariants.schemaVersion(schemaVersion);
        Invariants.nonBlank(idempotencyKey, "idempotencyKey");
        Invariants.present(alertId, "alertId");
        Invariants.nonBlank(personId, "personId");
        Invariants.present(channel, "channel");
        Invariants.present(status, "status");
        Invariants.optionalText(providerId, MAX_PROVIDER_ID_LENGTH, "providerId");
        Invariants.optionalText(errorCode, MAX_ERROR_CODE_LENGTH, "errorCode");
        Invariants.optionalText(errorMessage, MAX_ERROR_MESSAGE_LENGTH, "errorMessage");
        Invariants.present(at, "at");
        if (!status.possibleOn(channel)) {
            throw new IllegalArgumentException("status " + status + " is only possible on "
                    + (status == DeliveryStatus.OPENED ? "SMS or EMAIL" : "VOICE") + ", not on " + channel);
        }
    }

    /** A status of the current schema version. */
    public NotificationStatus(String idempotencyKey, UUID alertId, String personId, Channel channel,
            DeliveryStatus status, String providerId, String errorCode, String errorMessage, Instant at) {
        this(SCHEMA_VERSION, idempotencyKey, alertId, personId, channel, status, providerId, errorCode, errorMessage,
                at);
    }

    @Override
    public String topic() {
        return Topics.NOTIFICATIONS_STATUS;
    }

    /** The alert's id. */
    @Override
    public String key() {
        return alertId.toString();
    }

    @Override
    public String cloudEventType() {
        return TYPE;
    }
}
