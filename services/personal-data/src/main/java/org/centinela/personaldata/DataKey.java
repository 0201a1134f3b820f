package org.centinela.personaldata;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A person's own AES-256 key, which seals her personal fields. It is never stored as it is: a {@link MasterKeys}
 * wraps it, and only the wrapped form is kept next to her record. A value sealed for her field {@code name} opens
 * only with her key, for her and for {@code name}: the owner, the field and the key version are associated data, so a
 * sealed phone pasted into a name column, or into another person's row, does not open.
 */
public final class DataKey {

    private final String ownerId;
    private final int version;
    private final byte[] material;

    private DataKey(String ownerId, int version, byte[] material) {
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        if (version < 1) {
            throw new IllegalArgumentException("a data key version is at least 1, was " + version);
        }
        if (material.length != Gcm.KEY_BYTES) {
            throw new PersonalDataException("a data key has " + Gcm.KEY_BYTES + " bytes, not " + material.length);
        }
        this.version = version;
        this.material = material.clone();
    }

    /** A new random key of {@code ownerId}. */
    public static DataKey generate(String ownerId, int version) {
        return new DataKey(ownerId, version, Gcm.newKey());
    }

    /** Her key from its bytes, as a {@link MasterKeys} unwraps it. */
    public static DataKey of(String ownerId, int version, byte[] material) {
        return new DataKey(ownerId, version, material);
    }

    public String ownerId() {
        return ownerId;
    }

    public int version() {
        return version;
    }

    /** The key's bytes, for a {@link MasterKeys} to wrap; nothing else should need them. */
    public byte[] material() {
        return material.clone();
    }

    /** Her {@code field} sealed, as it is stored; null stays null. */
    public String seal(String field, String plaintext) {
        if (plaintext == null) {
            return null;
        }
        return new SealedField(version, Gcm.seal(material, plaintext.getBytes(StandardCharsets.UTF_8),
                associatedData(field))).text();
    }

    /** Her {@code field} from its sealed text; null stays null. */
    public String open(String field, String sealed) {
        if (sealed == null) {
            return null;
        }
        SealedField parsed = SealedField.parse(sealed);
        if (parsed.dataKeyVersion() != version) {
            throw new PersonalDataException("field " + field + " of " + ownerId + " was sealed under data key version "
                    + parsed.dataKeyVersion() + ", not " + version);
        }
        return new String(Gcm.open(material, parsed.sealed(), associatedData(field), "field " + field + " of "
                + ownerId), StandardCharsets.UTF_8);
    }

    private byte[] associatedData(String field) {
        return Gcm.associatedData(SealedField.PREFIX, ownerId, Integer.toString(version), field);
    }

    @Override
    public String toString() {
        return "DataKey[" + ownerId + " v" + version + "]";
    }
}
