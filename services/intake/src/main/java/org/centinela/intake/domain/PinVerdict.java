package org.centinela.intake.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What the numbers she gave as PINs were: the outcome to act on, and which of the numbers are her PIN or her duress
 * PIN, so that they are withheld from anything that is kept or sent on. Secret: {@link #toString()} shows no number.
 *
 * @param check what they were
 * @param hers  those that are her PIN or her duress PIN
 */
public record PinVerdict(PinCheck check, Set<String> hers) {

    public PinVerdict {
        Objects.requireNonNull(check, "check");
        hers = Set.copyOf(Objects.requireNonNull(hers, "hers"));
    }

    @Override
    public String toString() {
        return "PinVerdict[check=" + check + ", hers=" + hers.size() + "]";
    }
}
