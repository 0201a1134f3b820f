package org.centinela.intake.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.domain.HerWords;
import org.centinela.intake.domain.PinCheck;
import org.centinela.intake.domain.PinLikeNumbers;
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
     * A cancel or an arrival, proven by the numbers she gave as her PIN (at most {@link PinLikeNumbers#MAX_CHECKED}):
     * her duress PIN among them is {@link PinCheck#DURESS} whatever the lock; her PIN is {@link PinCheck#GENUINE}, or
     * {@link PinCheck#LOCKED} after too many wrong ones; each other number counts as a wrong PIN. No number at all
     * ("BIEN 482": mistyped) is {@link PinCheck#WRONG} and counts nothing: it cannot be a guess. Call it in the
     * transaction that acts on the verdict.
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

    /**
     * Which of {@code numbers} (at most {@link PinLikeNumbers#MAX_CHECKED}) are her PIN or her duress PIN, where
     * they cannot cancel anything (the words of an SOS): {@link PinCheck#DURESS} if her duress PIN is among them,
     * else {@link PinCheck#GENUINE} if her PIN is, else {@link PinCheck#WRONG}. Nothing is counted.
     */
    public PinVerdict recognise(PersonSnapshot defender, List<String> numbers) {
        List<PinMatch> matches = compare(defender, numbers);
        PinCheck check = matches.contains(PinMatch.DURESS) ? PinCheck.DURESS
                : matches.contains(PinMatch.GENUINE) ? PinCheck.GENUINE
                : PinCheck.WRONG;
        return new PinVerdict(check, hers(numbers, matches));
    }

    /**
     * Her words ({@code null} for none) where no PIN cancels anything, with her PIN and her duress PIN withheld, and
     * whether her duress PIN was among them. Only numbers that may be a PIN cost the hashes; nothing is counted.
     */
    public HerWords withhold(PersonSnapshot defender, String text) {
        if (text == null) {
            return new HerWords(null, false);
        }
        PinLikeNumbers numbers = PinLikeNumbers.in(text);
        PinVerdict verdict = recognise(defender, numbers.toCheck());
        return new HerWords(numbers.withholding(verdict.hers()), verdict.check() == PinCheck.DURESS);
    }

    /** Each number against both hashes, always both and always all: the time taken depends on how many, only. */
    private List<PinMatch> compare(PersonSnapshot defender, List<String> numbers) {
        if (numbers.size() > PinLikeNumbers.MAX_CHECKED) {
            throw new IllegalArgumentException("at most " + PinLikeNumbers.MAX_CHECKED + " numbers are compared");
        }
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
