package org.centinela.personaldata;

/**
 * The keys that wrap people's data keys, kept away from the data (configuration here; a Vault or a cloud KMS are
 * other implementations of this interface). One of them, the {@link #current()} one, wraps; the others only unwrap
 * what they wrapped before, until every data key is {@link #rewrap rewrapped} and they can be removed.
 */
public interface MasterKeys {

    /** The id of the master key that wraps new data keys. */
    String current();

    /** {@code key} wrapped under the current master key. */
    WrappedDataKey wrap(DataKey key);

    /** The data key; a {@link PersonalDataException} when its master key is not here or it does not open. */
    DataKey unwrap(WrappedDataKey wrapped);

    /** The same data key wrapped under the current master key (as it is when it already is). */
    default WrappedDataKey rewrap(WrappedDataKey wrapped) {
        return wrapped.masterKeyId().equals(current()) ? wrapped : wrap(unwrap(wrapped));
    }
}
