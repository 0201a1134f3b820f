package org.centinela.notification.domain;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * The tokens of brief links: 32 characters, short enough for an SMS. A token is 24 bytes in base64url: an id
 * of 9 bytes derived from the delivery that carries the link (so that the same delivery always gets the same
 * link, whatever attempt writes it), when the link expires (minutes since the epoch, 4 bytes), and 11 bytes of
 * HMAC-SHA256 over both with a key of its own. It cannot be made without the key nor changed without breaking
 * its signature; it names neither the alert nor the person, which only the record of the link issued (stored
 * under the token's {@link SigningKey#hash hash}, never the token) knows.
 */
public final class BriefLink {

    /** Characters of a token. */
    public static final int LENGTH = 32;
    /** Where a brief link leads on notification's public address: {@code <base>/b/<token>}. */
    public static final String PATH = "/b/";
    private static final int ID_BYTES = 9;
    private static final int EXPIRY_BYTES = 4;
    private static final int SIGNATURE_BYTES = 11;
    private static final byte[] ID_CONTEXT = "brief-link-id:".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SigningKey key;

    /** @param key the signing key, at least 32 bytes (env {@code NOTIFICATION_BRIEF_SIGNING_KEY} in production) */
    public BriefLink(String key) {
        this.key = new SigningKey(key, "the brief link signing key");
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

    /** A token issued for a delivery: its text and when it expires (to the minute). */
    public record Issued(String token, Instant expiresAt) {
        public Issued {
            Objects.requireNonNull(token, "token must not be null");
            Objects.requireNonNull(expiresAt, "expiresAt must not be null");
        }

        /** The token is a key to a brief: never shown in logs. */
        @Override
        public String toString() {
            return "BriefLink.Issued[expiresAt=" + expiresAt + "]";
        }
    }

    /** The token of the link that delivery {@code deliveryId} carries, valid until {@code expiresAt} (rounded up to the minute). */
    public Issued issue(UUID deliveryId, Instant expiresAt) {
        Instant minute = expiresAt.truncatedTo(ChronoUnit.MINUTES);
        Instant expiry = minute.isBefore(expiresAt) ? minute.plus(1, ChronoUnit.MINUTES) : minute;
        byte[] delivery = ByteBuffer.allocate(ID_CONTEXT.length + 16).put(ID_CONTEXT)
                .putLong(deliveryId.getMostSignificantBits()).putLong(deliveryId.getLeastSignificantBits()).array();
        byte[] payload = ByteBuffer.allocate(ID_BYTES + EXPIRY_BYTES).put(key.sign(delivery, ID_BYTES))
                .putInt((int) (expiry.getEpochSecond() / 60)).array();
        byte[] token = ByteBuffer.allocate(ID_BYTES + EXPIRY_BYTES + SIGNATURE_BYTES).put(payload)
                .put(key.sign(payload, SIGNATURE_BYTES)).array();
        return new Issued(ENCODER.encodeToString(token), expiry);
    }

    /** Reads {@code text} at {@code now}. */
    public Verdict read(String text, Instant now) {
        if (text == null || text.length() != LENGTH) {
            return Verdict.FORGED;
        }
        byte[] token;
        try {
            token = DECODER.decode(text);
        } catch (IllegalArgumentException notBase64) {
            return Verdict.FORGED;
        }
        if (token.length != ID_BYTES + EXPIRY_BYTES + SIGNATURE_BYTES) {
            return Verdict.FORGED;
        }
        ByteBuffer buffer = ByteBuffer.wrap(token);
        byte[] payload = new byte[ID_BYTES + EXPIRY_BYTES];
        byte[] signature = new byte[SIGNATURE_BYTES];
        buffer.get(payload).get(signature);
        if (!key.signed(payload, signature)) {
            return Verdict.FORGED;
        }
        Instant expiresAt = Instant.ofEpochSecond(Integer.toUnsignedLong(ByteBuffer.wrap(payload, ID_BYTES, EXPIRY_BYTES).getInt()) * 60);
        return now.isBefore(expiresAt) ? Verdict.VALID : Verdict.EXPIRED;
    }
}
