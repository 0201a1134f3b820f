package org.centinela.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.domain.PinCheck;
import org.centinela.intake.domain.PinLockOut;
import org.centinela.intake.domain.PinMatch;
import org.centinela.intake.domain.PinVerdict;

/**
 * Tells a defender's PIN from her duress PIN and from a wrong one, under the {@link PinLockOut}. Whatever the
 * numbers are and whether she is locked out, the same work is done: every number is compared with both of her slow
 * hashes, and an attempt reads and writes her wrong PINs once, so neither the answer nor the time it takes tells
 * whoever holds her phone anything.
 */
public final class PinGuard {

    private final PepperedHash hashes;
    private final PinFailures failures;
    private final Clock clock;
    private final PinLockOut lockOut;

    public PinGuard(PepperedHash hashes, PinFailures failures, Clock clock, PinLockOut lockOut) {
        this.hashes = hashes;
        this.failures = failures;
        this.clock = clock;
        this.lockOut = lockOut;
    }

    /**
     * A cancel or an arrival, proven by the numbers she gave as her PIN: her duress PIN among them is
     * {@link PinCheck#DURESS} whatever the lock; her PIN is {@link PinCheck#GENUINE}, or {@link PinCheck#LOCKED} after
     * too many wrong ones; each other number counts as a wrong PIN. No number at all is {@link PinCheck#WRONG} and
     * counts nothing: it cannot be a guess. Call it in the transaction that acts on the verdict.
     */
    public PinVerdict attempt(PersonSnapshot defender, List<String> pins) {
        if (pins.isEmpty()) {
            return new PinVerdict(PinCheck.WRONG, Set.of());
        }
        List<PinMatch> matches = compare(defender, pins);
        Instant now = clock.instant();
        PinLockOut.Judgement judgement = lockOut.judge(matches, failures.hold(defender.personId()), now);
        failures.save(defender.personId(), judgement.after());
        return new PinVerdict(judgement.check(), hers(pins, matches));
    }

    /** Each number against both hashes, always both and always all: the time taken depends on how many, only. */
    private List<PinMatch> compare(PersonSnapshot defender, List<String> numbers) {
        List<PinMatch> matches = new ArrayList<>(numbers.size());
        for (String number : numbers) {
            boolean duress = hashes.matchesPin(number, defender.duressPinHash());
            boolean genuine = hashes.matchesPin(number, defender.pinHash());
            matches.add(duress ? PinMatch.DURESS : genuine ? PinMatch.GENUINE : PinMatch.NEITHER);
        }
        return matches;
    }

    private static Set<String> hers(List<String> numbers, List<PinMatch> matches) {
        Set<String> hers = new HashSet<>();
        for (int i = 0; i < numbers.size(); i++) {
            if (matches.get(i) != PinMatch.NEITHER) {
                hers.add(numbers.get(i));
            }
        }
        return hers;
    }
}
