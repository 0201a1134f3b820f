package org.centinela.intake.domain;

/**
 * What a PIN given by a defender turned out to be. To whoever holds her phone, every outcome looks the
 * same: the same neutral reply, so there is nothing to learn by guessing.
 */
public enum PinCheck {
    /** Her PIN: she cancels, or closes her check-in. */
    GENUINE,
    /** Her duress PIN: it looks like a cancel, and raises a DURESS signal. */
    DURESS,
    /** Neither: counted towards the lock. */
    WRONG,
    /** Too many wrong PINs lately: PIN actions are ignored for a while, even with the right PIN. */
    LOCKED
}
