package org.centinela.notification.domain;

import java.util.Objects;

/**
 * Why a message was not sent, as a provider's code and a short description that never quotes personal
 * data (no number, address or text: they come from codes, never from the provider's own message).
 *
 * @param kind    what to do about it
 * @param code    the provider's code, e.g. Twilio's {@code 21211} or an SMTP reply code; never blank
 * @param message a short description without personal data
 */
public record Failure(Kind kind, String code, String message) {

    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_MESSAGE_LENGTH = 300;

    /** What a failure means for the next attempt. */
    public enum Kind {
        /** Not sent, and trying again later may work: the provider's 5xx or 429, no connection, SMTP down. */
        TRANSIENT,
        /**
         * Not known: the request may have reached the provider (a read timeout). Before trying again, the
         * provider is asked whether it has the message, so that it is not sent twice.
         */
        UNCERTAIN,
        /** Trying again will not help: invalid number, no address, undelivered, no answer, busy. */
        PERMANENT
    }

    public Failure {
        Objects.requireNonNull(kind, "kind must not be null");
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        code = code.length() > MAX_CODE_LENGTH ? code.substring(0, MAX_CODE_LENGTH) : code;
        message = message == null || message.isBlank() ? null
                : message.length() > MAX_MESSAGE_LENGTH ? message.substring(0, MAX_MESSAGE_LENGTH) : message;
    }
}
