package org.centinela.personaldata;

import java.util.Base64;

/**
 * A field sealed with a person's {@link DataKey}, as it is stored: {@code pd1.<data key version>.<base64url(nonce |
 * ciphertext+tag)>}. The version of the data key travels with the ciphertext; whose key it is and which field it is
 * are not written, they are bound in as associated data (the row and the column say them).
 *
 * @param dataKeyVersion the version of her data key that sealed it
 * @param sealed         {@code nonce | ciphertext+tag}
 */
public record SealedField(int dataKeyVersion, byte[] sealed) {

    /** Format 1: AES-256-GCM, 96-bit nonce, 128-bit tag. */
    public static final String PREFIX = "pd1.";

    /** Whether {@code text} is in the sealed format (not whether it opens). */
    public static boolean isSealed(String text) {
        return text != null && text.startsWith(PREFIX);
    }

    public static SealedField parse(String text) {
        if (!isSealed(text)) {
            throw new PersonalDataException("not a sealed value (it does not start with " + PREFIX + ")");
        }
        int dot = text.indexOf('.', PREFIX.length());
        if (dot < 0) {
            throw new PersonalDataException("a sealed value without its data key version");
        }
        try {
            return new SealedField(Integer.parseInt(text.substring(PREFIX.length(), dot)),
                    Base64.getUrlDecoder().decode(text.substring(dot + 1)));
        } catch (IllegalArgumentException e) {
            throw new PersonalDataException("a malformed sealed value", e);
        }
    }

    /** As it is stored. */
    public String text() {
        return PREFIX + dataKeyVersion + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    @Override
    public String toString() {
        return "SealedField[dataKeyVersion=" + dataKeyVersion + ", " + sealed.length + " bytes]";
    }
}
