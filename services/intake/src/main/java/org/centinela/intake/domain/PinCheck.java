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
    LOCKED;

    /**
     * Whether it closes her open check-in. Her duress PIN always does, as her PIN would (and raises DURESS). Her PIN
     * does unless her phone is seized: whoever holds it may have her PIN, so nothing from it says she is safe, and
     * the check-in runs on until it is missed.
     */
    public boolean closesCheckIn(boolean phoneSeized) {
        return this == DURESS || this == GENUINE && !phoneSeized;
    }
}
