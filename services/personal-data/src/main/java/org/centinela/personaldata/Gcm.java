package org.centinela.personaldata;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM of the JDK, the one cipher of this module: a fresh random 96-bit nonce for each sealing, a 128-bit tag,
 * and associated data that binds what is sealed to where it belongs. Sealed bytes are {@code nonce | ciphertext+tag}.
 */
final class Gcm {

    static final int KEY_BYTES = 32;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Gcm() {
    }

    static byte[] newKey() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return key;
    }

    static byte[] seal(byte[] key, byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, associatedData);
            return ByteBuffer.allocate(NONCE_BYTES + cipher.getOutputSize(plaintext.length)).put(nonce)
                    .put(cipher.doFinal(plaintext)).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The plaintext; {@code what} names what was opened, for the exception when it cannot be. */
    static byte[] open(byte[] key, byte[] sealed, byte[] associatedData, String what) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new PersonalDataException(what + " is too short to be sealed");
        }
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(sealed, NONCE_BYTES), associatedData);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new PersonalDataException(what + " does not open: altered, or sealed for another owner, field"
                    + " or key", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Associated data of several parts, each length-prefixed so that no two lists of parts give the same bytes. */
    static byte[] associatedData(String... parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String part : parts) {
            byte[] utf8 = part.getBytes(StandardCharsets.UTF_8);
            bytes.writeBytes(ByteBuffer.allocate(4).putInt(utf8.length).array());
            bytes.writeBytes(utf8);
        }
        return bytes.toByteArray();
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, byte[] associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData);
        return cipher;
    }
}
