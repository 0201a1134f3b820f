package org.centinela.personaldata;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Master keys given in configuration, such as the environment variable {@code CENTINELA_MASTER_KEYS}:
 * {@code <id>:<base64 of 32 bytes>}, separated by commas, the current key first, e.g.
 * {@code k2:<base64>,k1:<base64>}. The keys after the first only unwrap data keys they wrapped before. A data key is
 * wrapped with AES-256-GCM, bound to its owner, its version and the master key's id.
 */
public final class LocalMasterKeys implements MasterKeys {

    private final Map<String, byte[]> keys;
    private final String current;

    private LocalMasterKeys(Map<String, byte[]> keys) {
        this.keys = keys;
        this.current = keys.keySet().iterator().next();
    }

    /** The keys of {@code spec}; the message of a malformed one names its id or position, never a key. */
    public static LocalMasterKeys parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new IllegalArgumentException("no master key: give at least one as <id>:<base64 of 32 bytes>");
        }
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String[] entries = spec.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("master key " + (i + 1) + " is not <id>:<base64 of 32 bytes>");
            }
            String id = entry.substring(0, colon);
            if (keys.put(id, decode(id, entry.substring(colon + 1))) != null) {
                throw new IllegalArgumentException("master key " + id + " is given twice");
            }
        }
        return new LocalMasterKeys(keys);
    }

    private static byte[] decode(String id, String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("master key " + id + " is not base64");
        }
        if (key.length != Gcm.KEY_BYTES) {
            throw new IllegalArgumentException("master key " + id + " has " + key.length + " bytes, not "
                    + Gcm.KEY_BYTES);
        }
        return key;
    }

    @Override
    public String current() {
        return current;
    }

    @Override
    public WrappedDataKey wrap(DataKey key) {
        return new WrappedDataKey(key.ownerId(), key.version(), current, Gcm.seal(keys.get(current), key.material(),
                associatedData(key.ownerId(), key.version(), current)));
    }

    @Override
    public DataKey unwrap(WrappedDataKey wrapped) {
        byte[] masterKey = keys.get(wrapped.masterKeyId());
        if (masterKey == null) {
            throw new PersonalDataException("the data key of " + wrapped.ownerId() + " is wrapped under master key "
                    + wrapped.masterKeyId() + ", which is not configured (configured: " + String.join(", ",
                            keys.keySet()) + ")");
        }
        return DataKey.of(wrapped.ownerId(), wrapped.version(), Gcm.open(masterKey, wrapped.wrapped(),
                associatedData(wrapped.ownerId(), wrapped.version(), wrapped.masterKeyId()), "the data key of "
                        + wrapped.ownerId()));
    }

    private static byte[] associatedData(String ownerId, int version, String masterKeyId) {
        return Gcm.associatedData("data-key", ownerId, Integer.toString(version), masterKeyId);
    }

    @Override
    public String toString() {
        return "LocalMasterKeys[current " + current + ", " + keys.keySet() + "]";
    }
}
