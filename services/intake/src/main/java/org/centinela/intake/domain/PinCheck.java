package org.centinela.intake.domain;

/**
 * What a PIN attempt by a defender turned out to be. To whoever holds her phone, every outcome looks the
 * same: the same neutral reply, after the same work, so there is nothing to learn by guessing.
 */
public enum PinCheck {
    /** Her PIN: she cancels, or closes her check-in. */
    GENUINE,
    /** Her duress PIN, whatever the lock: it looks like a cancel, and raises a DURESS signal. */
    DURESS,
    /** Neither: counted towards the lock. */
    WRONG,
    /** Her PIN, refused: too many wrong PINs lately. */
    LOCKED
}
