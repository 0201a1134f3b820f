package org.centinela.intake.application;

import org.centinela.intake.domain.WrongPins;

/**
 * Wrong PINs per person, shared by every intake replica. Every PIN attempt reads and writes them alike, whatever it
 * turns out to be, so that the work done tells nothing.
 */
public interface PinFailures {

    /**
     * Her wrong PINs, held for the caller's transaction: another attempt for her waits until it ends, so that her
     * attempts are judged one after the other however many arrive at once.
     */
    WrongPins hold(String personId);

    /** Replaces her wrong PINs, in the caller's transaction. */
    void save(String personId, WrongPins wrong);
}
