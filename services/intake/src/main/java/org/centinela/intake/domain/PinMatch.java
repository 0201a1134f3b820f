package org.centinela.intake.domain;

/** What one number she gave as a PIN is, once compared with both of her PIN hashes. */
public enum PinMatch {
    /** Her PIN. */
    GENUINE,
    /** Her duress PIN. */
    DURESS,
    /** Neither. */
    NEITHER
}
