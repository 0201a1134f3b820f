package org.centinela.sandbox.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One SMS the sandbox carried: sent by a service through the REST API ({@code outbound-api}), sent as
 * the TwiML reply to an inbound SMS ({@code outbound-reply}), or typed on a sandbox phone
 * ({@code inbound}).
 *
 * @param statusCallback where status changes are posted, or null
 * @param errorCode Twilio's error code once undelivered or failed, else null
 */
public record SmsMessage(
        String sid,
        String accountSid,
        Direction direction,
        String from,
        String to,
        String body,
        MessageStatus status,
        Segments segments,
        Integer errorCode,
        String errorMessage,
        String statusCallback,
        Instant createdAt,
        Instant updatedAt,
        Instant sentAt) {

    /** Which way an SMS went, with Twilio's names. */
    public enum Direction {
        OUTBOUND_API("outbound-api"), OUTBOUND_REPLY("outbound-reply"), INBOUND("inbound");

        private final String wire;

        Direction(String wire) {
            this.wire = wire;
        }

        public String wire() {
            return wire;
        }

        public boolean outbound() {
            return this != INBOUND;
        }
    }

    public SmsMessage {
        Objects.requireNonNull(sid, "sid");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!PhoneNumbers.isE164(from) || !PhoneNumbers.isE164(to)) {
            throw new IllegalArgumentException("from and to must be E.164 numbers");
        }
        Objects.requireNonNull(body, "body");
    }

    /** The phone this message belongs to on the phones page: the one that is not Centinela's. */
    public String phone() {
        return direction.outbound() ? to : from;
    }

    public SmsMessage withStatus(MessageStatus next, Instant at, Integer code, String message) {
        Instant sent = next == MessageStatus.SENT ? at : sentAt;
        return new SmsMessage(sid, accountSid, direction, from, to, body, next, segments, code, message,
                statusCallback, createdAt, at, sent);
    }
}
