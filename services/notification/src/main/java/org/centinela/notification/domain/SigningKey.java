package org.centinela.notification.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A key from configuration that signs the tokens of links (HMAC-SHA256, truncated), so that a token cannot be
 * made without it nor changed without breaking its signature. Tokens are stored only as their {@link #hash}.
 */
public final class SigningKey {

    private static final int MIN_KEY_BYTES = 32;

    private final byte[] key;

    /**
     * @param key     the key, at least 32 bytes
     * @param setting what the key signs, named in the refusal of a key that is too short
     */
    public SigningKey(String key, String setting) {
        if (key == null || key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException(setting + " must have at least " + MIN_KEY_BYTES + " bytes");
        }
        this.key = key.getBytes(StandardCharsets.UTF_8);
    }

    /** The first {@code bytes} bytes of the HMAC-SHA256 of {@code payload}. */
    public byte[] sign(byte[] payload, int bytes) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Arrays.copyOf(mac.doFinal(payload), bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /** Whether {@code signature} is ours for {@code payload}, compared in constant time. */
    public boolean signed(byte[] payload, byte[] signature) {
        return MessageDigest.isEqual(sign(payload, signature.length), signature);
    }

    /** How a token is stored: its SHA-256, in hex. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
