package org.centinela.intake.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The lock-out that keeps anyone from guessing her PIN: after {@code maxFailures} wrong PINs within
 * {@code window}, her PIN is refused until the window has passed. Her duress PIN is judged first and is never
 * refused, however many wrong PINs came before it: whoever forces her to cancel would otherwise only have to send
 * a few wrong ones first. It neither counts as wrong nor forgives earlier mistakes: only her PIN does.
 *
 * @param maxFailures wrong PINs within {@code window} that lock her PIN
 * @param window      how long a wrong PIN counts
 */
public record PinLockOut(int maxFailures, Duration window) {

    public PinLockOut {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("maxFailures must be at least 1, was " + maxFailures);
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("window must be positive");
        }
    }

    /**
     * What one attempt was, and her wrong PINs after it.
     *
     * @param check what the attempt was, to act on
     * @param after her wrong PINs to keep
     */
    public record Judgement(PinCheck check, WrongPins after) {
    }

    /**
     * Judges an attempt at {@code now} from what each of its numbers, in the order she wrote them, turned out to be.
     * Each wrong number counts, so that a message with several numbers is as many guesses. The same steps are taken
     * whatever the numbers were.
     */
    public Judgement judge(List<PinMatch> matches, WrongPins before, Instant now) {
        if (matches.isEmpty()) {
            throw new IllegalArgumentException("an attempt gives at least one number");
        }
        WrongPins wrong = before;
        boolean duress = false;
        boolean genuine = false;
        boolean refused = false;
        for (PinMatch match : matches) {
            boolean locked = wrong.since(now.minus(window)) >= maxFailures;
            switch (match) {
                case DURESS -> duress = true;
                case GENUINE -> {
                    refused |= locked;
                    genuine |= !locked;
                    wrong = locked ? wrong : WrongPins.NONE;
                }
                case NEITHER -> wrong = wrong.plus(now, maxFailures);
            }
        }
        PinCheck check = duress ? PinCheck.DURESS
                : genuine ? PinCheck.GENUINE
                : refused ? PinCheck.LOCKED
                : PinCheck.WRONG;
        return new Judgement(check, wrong);
    }
}
