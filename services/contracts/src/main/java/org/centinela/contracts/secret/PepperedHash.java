package org.centinela.contracts.secret;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Hashes of the secrets that travel on {@code directory.people}, keyed by a pepper that only the
 * services hold (configuration, never a database or a topic), so that a copy of a database or of the
 * topic is not enough to recover them:
 * <ul>
 * <li>{@link #hashPin}: a PIN (four to eight digits, so a slow hash alone cannot protect it) is first
 * keyed with HMAC-SHA256(pepper), then stretched with salted PBKDF2-HMAC-SHA256;</li>
 * <li>{@link #fingerprint}: a device token, a phone number or a code word gets a deterministic
 * HMAC-SHA256(pepper), so it can be looked up. Device tokens are 256 random bits, for which a slow hash
 * adds nothing but latency on every SOS; phone numbers and code words are only as safe as the pepper.</li>
 * </ul>
 */
public final class PepperedHash {

    private static final String PIN_SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int MIN_PEPPER_BYTES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] pepper;
    private final int iterations;

    /**
     * @param pepper     the secret key, at least 16 bytes
     * @param iterations PBKDF2 iterations for new PIN hashes (stored hashes keep their own count)
     */
    public PepperedHash(byte[] pepper, int iterations) {
        if (pepper == null || pepper.length < MIN_PEPPER_BYTES) {
            throw new IllegalArgumentException("pepper must have at least " + MIN_PEPPER_BYTES + " bytes");
        }
        if (iterations < 1_000) {
            throw new IllegalArgumentException("iterations must be at least 1000, was " + iterations);
        }
        this.pepper = pepper.clone();
        this.iterations = iterations;
    }

    /** A pepper given as text in configuration (e.g. {@code CENTINELA_PEPPER}). */
    public static PepperedHash fromConfiguredPepper(String pepper, int iterations) {
        return new PepperedHash(pepper == null ? new byte[0] : pepper.getBytes(StandardCharsets.UTF_8), iterations);
    }

    /** {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}, with a fresh random salt. */
    public String hashPin(String pin) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return PIN_SCHEME + "$" + iterations + "$" + encode(salt) + "$" + encode(stretch(pin, salt, iterations));
    }

    /** Whether {@code pin} is the one {@code stored} was made from; false for a malformed {@code stored}. */
    public boolean matchesPin(String pin, String stored) {
        if (pin == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PIN_SCHEME)) {
            return false;
        }
        try {
            int rounds = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getUrlDecoder().decode(parts[2]);
            byte[] expected = Base64.getUrlDecoder().decode(parts[3]);
            return rounds >= 1_000 && MessageDigest.isEqual(expected, stretch(pin, salt, rounds));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The deterministic keyed fingerprint of {@code value}, URL-safe Base64 without padding. */
    public String fingerprint(String value) {
        return encode(keyed(value));
    }

    private byte[] stretch(String pin, byte[] salt, int rounds) {
        char[] keyed = encode(keyed(pin)).toCharArray();
        try {
            KeySpec spec = new PBEKeySpec(keyed, salt, rounds, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is not available", e);
        }
    }

    private byte[] keyed(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pepper, "HmacSHA256"));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    private static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
