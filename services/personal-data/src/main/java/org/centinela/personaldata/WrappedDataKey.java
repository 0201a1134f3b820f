package org.centinela.personaldata;

import java.util.Arrays;
import java.util.Objects;

/**
 * A person's {@link DataKey} as it is stored: sealed under a master key that is kept elsewhere (configuration, a KMS),
 * never with the data.
 *
 * @param ownerId     whose key it is
 * @param version     the version of her data key
 * @param masterKeyId the master key that wrapped it
 * @param wrapped     the wrapped key, in the form of the {@link MasterKeys} that wrapped it
 */
public record WrappedDataKey(String ownerId, int version, String masterKeyId, byte[] wrapped) {

    public WrappedDataKey {
        Objects.requireNonNull(ownerId, "ownerId");
        Objects.requireNonNull(masterKeyId, "masterKeyId");
        wrapped = wrapped.clone();
    }

    @Override
    public byte[] wrapped() {
        return wrapped.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedDataKey that && ownerId.equals(that.ownerId) && version == that.version
                && masterKeyId.equals(that.masterKeyId) && Arrays.equals(wrapped, that.wrapped);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ownerId, version, masterKeyId, Arrays.hashCode(wrapped));
    }

    @Override
    public String toString() {
        return "WrappedDataKey[" + ownerId + " v" + version + " under " + masterKeyId + "]";
    }
}
