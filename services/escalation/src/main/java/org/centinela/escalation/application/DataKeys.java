package org.centinela.escalation.application;

/**
 * The people's data keys as they are kept: each wrapped under a master key, which can be rotated (see
 * {@link RotateMasterKey}).
 */
public interface DataKeys {

    /** Wraps every data key that is not under the current master key under it, in the caller's transaction. */
    Rewrapping rewrapUnderCurrentMasterKey();

    /**
     * @param masterKeyId the current master key, under which every data key now is
     * @param rewrapped   how many data keys were wrapped under another master key before
     */
    record Rewrapping(String masterKeyId, int rewrapped) {
    }
}
