package org.centinela.notification.domain;

import java.util.Objects;

/** What a provider answered when asked to send a message or place a call. */
public sealed interface SendResult {

    /** Taken: the provider's id for it (Twilio's SID, the e-mail's Message-ID). */
    record Accepted(String providerId) implements SendResult {
        public Accepted {
            if (providerId == null || providerId.isBlank()) {
                throw new IllegalArgumentException("providerId must not be blank");
            }
        }
    }

    /** Not taken, or not known to be. */
    record Refused(Failure failure) implements SendResult {
        public Refused {
            Objects.requireNonNull(failure, "failure must not be null");
        }
    }

    static SendResult accepted(String providerId) {
        return new Accepted(providerId);
    }

    static SendResult refused(Failure.Kind kind, String code, String message) {
        return new Refused(new Failure(kind, code, message));
    }
}
