package org.centinela.intake.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.domain.PinCheck;

/**
 * Tells a defender's PIN from her duress PIN and from a wrong one, and locks PIN actions after
 * {@code maxFailures} wrong PINs within {@code window}, so nobody can guess her PIN.
 */
public final class PinGuard {

    private final PepperedHash hashes;
    private final PinFailures failures;
    private final Clock clock;
    private final int maxFailures;
    private final Duration window;

    public PinGuard(PepperedHash hashes, PinFailures failures, Clock clock, int maxFailures, Duration window) {
        this.hashes = hashes;
        this.failures = failures;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    public PinCheck check(PersonSnapshot defender, String pin) {
        Instant now = clock.instant();
        if (failures.countSince(defender.personId(), now.minus(window)) >= maxFailures) {
            return PinCheck.LOCKED;
        }
        // Both hashes are always computed, so the time taken tells nothing either.
        boolean genuine = hashes.matchesPin(pin, defender.pinHash());
        boolean duress = hashes.matchesPin(pin, defender.duressPinHash());
        if (genuine || duress) {
            failures.clear(defender.personId());
            return genuine ? PinCheck.GENUINE : PinCheck.DURESS;
        }
        failures.record(defender.personId(), now);
        return PinCheck.WRONG;
    }
}
