package org.centinela.notification.domain;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * The signed tokens of acknowledgement links: {@code <payload>.<signature>}, where the payload names the
 * delivery and when the link expires, and the signature is HMAC-SHA256 with a key from configuration.
 * A token cannot be made without the key, nor changed without breaking its signature. It is not a
 * secret of the database: only its {@link #hash} is stored, to make each link usable once.
 */
public final class AckLink {

    private static final int SIGNATURE_BYTES = 16;
    private static final int PAYLOAD_BYTES = 16 + 8;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKey key;

    /** @param key the signing key, at least 32 bytes (env {@code NOTIFICATION_ACK_SIGNING_KEY} in production) */
    public AckLink(String key) {
        this.key = new SigningKey(key, "the ack link signing key");
    }

    /** What a link's token says: which delivery it acknowledges, and until when. */
    public record Token(UUID deliveryId, Instant expiresAt) {
        public Token {
            Objects.requireNonNull(deliveryId, "deliveryId must not be null");
            Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        }
    }

    /** What reading a token found. */
    public enum Verdict {
        /** Signed by us and not expired. */
        VALID,
        /** Signed by us, but too old. */
        EXPIRED,
        /** Not a token of ours: malformed, or its signature does not match. */
        FORGED
    }

    /** The verdict on a token, and what it says when it is ours (null when forged). */
    public record Reading(Verdict verdict, Token token) {
        public Reading {
            Objects.requireNonNull(verdict, "verdict must not be null");
            if ((verdict == Verdict.FORGED) != (token == null)) {
                throw new IllegalArgumentException("a forged token says nothing, any other says what it acknowledges");
            }
        }
    }

    /** The token of {@code token}: the same delivery and expiry always give the same text. */
    public String sign(Token token) {
        byte[] payload = ByteBuffer.allocate(PAYLOAD_BYTES)
                .putLong(token.deliveryId().getMostSignificantBits())
                .putLong(token.deliveryId().getLeastSignificantBits())
                .putLong(token.expiresAt().getEpochSecond())
                .array();
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(key.sign(payload, SIGNATURE_BYTES));
    }

    /** Reads {@code text} at {@code now}. */
    public Reading read(String text, Instant now) {
        if (text == null || text.length() > 100) {
            return new Reading(Verdict.FORGED, null);
        }
        int dot = text.indexOf('.');
        if (dot < 0) {
            return new Reading(Verdict.FORGED, null);
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(text.substring(0, dot));
            signature = DECODER.decode(text.substring(dot + 1));
        } catch (IllegalArgumentException notBase64) {
            return new Reading(Verdict.FORGED, null);
        }
        if (payload.length != PAYLOAD_BYTES || signature.length != SIGNATURE_BYTES || !key.signed(payload, signature)) {
            return new Reading(Verdict.FORGED, null);
        }
        ByteBuffer buffer = ByteBuffer.wrap(payload);
        Token token = new Token(new UUID(buffer.getLong(), buffer.getLong()), Instant.ofEpochSecond(buffer.getLong()));
        return new Reading(now.isBefore(token.expiresAt()) ? Verdict.VALID : Verdict.EXPIRED, token);
    }

    /** How a token is stored: its SHA-256, in hex. */
    public static String hash(String token) {
        return SigningKey.hash(token);
    }
}
