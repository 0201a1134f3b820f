package org.centinela.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.People;
import org.centinela.intake.domain.PinCheck;
import org.junit.jupiter.api.Test;

class PinGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final PepperedHash hashes = PepperedHash.fromConfiguredPepper("pepper-for-unit-tests-only", 1000);
    private final PersonSnapshot marta = People.defender(hashes, "def-1", "+50255510001", true);
    private final RecordedFailures failures = new RecordedFailures();

    @Test
    void herPinHerDuressPinAndAWrongPinAreToldApart() {
        PinGuard guard = guardAt(NOW);

        assertThat(guard.check(marta, People.PIN)).isEqualTo(PinCheck.GENUINE);
        assertThat(guard.check(marta, People.DURESS_PIN)).isEqualTo(PinCheck.DURESS);
        assertThat(guard.check(marta, "0000")).isEqualTo(PinCheck.WRONG);
        assertThat(failures.at).hasSize(1);
    }

    @Test
    void fiveWrongPinsLockEvenTheRightOneUntilTheWindowPasses() {
        PinGuard guard = guardAt(NOW);
        for (int i = 0; i < 5; i++) {
            guard.check(marta, "000" + i);
        }

        assertThat(guard.check(marta, People.PIN)).isEqualTo(PinCheck.LOCKED);
        assertThat(guard.check(marta, People.DURESS_PIN)).isEqualTo(PinCheck.LOCKED);
        assertThat(guardAt(NOW.plus(Duration.ofMinutes(16))).check(marta, People.PIN)).isEqualTo(PinCheck.GENUINE);
    }

    @Test
    void theRightPinForgetsEarlierMistakes() {
        PinGuard guard = guardAt(NOW);
        for (int i = 0; i < 4; i++) {
            guard.check(marta, "000" + i);
        }
        guard.check(marta, People.PIN);
        guard.check(marta, "0009");

        assertThat(guard.check(marta, People.PIN)).isEqualTo(PinCheck.GENUINE);
    }

    private PinGuard guardAt(Instant now) {
        return new PinGuard(hashes, failures, Clock.fixed(now, ZoneOffset.UTC), 5, Duration.ofMinutes(15));
    }

    private static final class RecordedFailures implements PinFailures {
        final List<Instant> at = new ArrayList<>();

        @Override
        public int countSince(String personId, Instant since) {
            return (int) at.stream().filter(t -> !t.isBefore(since)).count();
        }

        @Override
        public void record(String personId, Instant when) {
            at.add(when);
        }

        @Override
        public void clear(String personId) {
            at.clear();
        }
    }
}
