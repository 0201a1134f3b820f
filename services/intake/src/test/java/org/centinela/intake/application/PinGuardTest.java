package org.centinela.intake.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.People;
import org.centinela.intake.domain.HerWords;
import org.centinela.intake.domain.PinCheck;
import org.centinela.intake.domain.PinLockOut;
import org.centinela.intake.domain.WrongPins;
import org.junit.jupiter.api.Test;

class PinGuardTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final PepperedHash hashes = PepperedHash.fromConfiguredPepper("pepper-for-unit-tests-only", 1000);
    private final PersonSnapshot marta = People.defender(hashes, "def-1", "+50255510001", true);
    private final RecordedFailures failures = new RecordedFailures();

    @Test
    void herPinHerDuressPinAndAWrongPinAreToldApart() {
        PinGuard guard = guardAt(NOW);

        assertThat(guard.attempt(marta, List.of(People.PIN)).check()).isEqualTo(PinCheck.GENUINE);
        assertThat(guard.attempt(marta, List.of(People.DURESS_PIN)).check()).isEqualTo(PinCheck.DURESS);
        assertThat(guard.attempt(marta, List.of("0000")).check()).isEqualTo(PinCheck.WRONG);
        assertThat(failures.wrong.times()).hasSize(1);
    }

    @Test
    void fiveWrongPinsLockHerPinUntilTheWindowPasses() {
        PinGuard guard = guardAt(NOW);
        for (int i = 0; i < 5; i++) {
            guard.attempt(marta, List.of("000" + i));
        }

        assertThat(guard.attempt(marta, List.of(People.PIN)).check()).isEqualTo(PinCheck.LOCKED);
        assertThat(guardAt(NOW.plus(Duration.ofMinutes(16))).attempt(marta, List.of(People.PIN)).check())
                .isEqualTo(PinCheck.GENUINE);
    }

    @Test
    void herDuressPinIsNeverLockedOutHoweverManyWrongPinsCameFirst() {
        PinGuard guard = guardAt(NOW);
        for (int i = 0; i < 6; i++) {
            guard.attempt(marta, List.of("000" + i));
        }

        assertThat(guard.attempt(marta, List.of(People.DURESS_PIN)).check()).isEqualTo(PinCheck.DURESS);
        assertThat(guard.attempt(marta, List.of(People.PIN)).check()).as("the lock still holds").isEqualTo(PinCheck.LOCKED);
    }

    @Test
    void theRightPinForgetsEarlierMistakes() {
        PinGuard guard = guardAt(NOW);
        for (int i = 0; i < 4; i++) {
            guard.attempt(marta, List.of("000" + i));
        }
        guard.attempt(marta, List.of(People.PIN));
        guard.attempt(marta, List.of("0009"));

        assertThat(guard.attempt(marta, List.of(People.PIN)).check()).isEqualTo(PinCheck.GENUINE);
    }

    @Test
    void everyAttemptReadsAndWritesHerWrongPinsAlikeLockedOrNotRightOrWrong() {
        PinGuard guard = guardAt(NOW);
        List<List<String>> writes = new ArrayList<>();
        for (String pin : List.of("1111", People.PIN, "2222", "3333", "4444", "5555", "6666", "7777", People.PIN,
                People.DURESS_PIN)) {
            failures.calls.clear();
            guard.attempt(marta, List.of(pin));
            writes.add(List.copyOf(failures.calls));
        }

        assertThat(writes).as("the last three while locked out").containsOnly(List.of("hold", "save"));
    }

    @Test
    void everyNumberOfAMessageIsComparedAndEachWrongOneCounts() {
        PinGuard guard = guardAt(NOW);

        var verdict = guard.attempt(marta, List.of("2026", People.PIN, "5551"));

        assertThat(verdict.check()).isEqualTo(PinCheck.GENUINE);
        assertThat(verdict.hers()).containsExactly(People.PIN);
        assertThat(failures.wrong.times()).as("her PIN forgave the number before it, not the one after").hasSize(1);
    }

    @Test
    void numbersThatCannotCancelAreRecognisedWithoutCountingAnything() {
        PinGuard guard = guardAt(NOW);

        var verdict = guard.recognise(marta, List.of("2026", People.DURESS_PIN, People.PIN));

        assertThat(verdict.check()).isEqualTo(PinCheck.DURESS);
        assertThat(verdict.hers()).containsExactlyInAnyOrder(People.PIN, People.DURESS_PIN);
        assertThat(failures.calls).isEmpty();
        assertThat(guard.recognise(marta, List.of("2026")).check()).isEqualTo(PinCheck.WRONG);
    }

    @Test
    void herWordsAreWithheldOfHerPinsAndTellWhetherHerDuressPinWasThere() {
        PinGuard guard = guardAt(NOW);

        HerWords words = guard.withhold(marta, "me llevan " + People.DURESS_PIN + " y " + People.PIN + " placa 512345");

        assertThat(words.text()).isEqualTo("me llevan **** y **** placa 512345");
        assertThat(words.duress()).isTrue();
        assertThat(words.toString()).doesNotContain(People.PIN).doesNotContain("llevan");
        assertThat(guard.withhold(marta, "placa 512345")).isEqualTo(new HerWords("placa 512345", false));
        assertThat(guard.withhold(marta, null)).isEqualTo(new HerWords(null, false));
        assertThat(failures.calls).isEmpty();
    }

    @Test
    void noNumberIsNoGuessAndCountsNothing() {
        var verdict = guardAt(NOW).attempt(marta, List.of());

        assertThat(verdict.check()).isEqualTo(PinCheck.WRONG);
        assertThat(failures.calls).isEmpty();
    }

    @Test
    void atMostAFewNumbersAreCompared() {
        assertThatThrownBy(() -> guardAt(NOW).attempt(marta, List.of("1111", "2222", "3333", "4444")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsVerdictNamesNoPin() {
        assertThat(guardAt(NOW).attempt(marta, List.of(People.PIN)).toString()).doesNotContain(People.PIN);
    }

    private PinGuard guardAt(Instant now) {
        return new PinGuard(hashes, failures, Clock.fixed(now, ZoneOffset.UTC), new PinLockOut(5, Duration.ofMinutes(15)));
    }

    private static final class RecordedFailures implements PinFailures {
        WrongPins wrong = WrongPins.NONE;
        final List<String> calls = new ArrayList<>();

        @Override
        public WrongPins hold(String personId) {
            calls.add("hold");
            return wrong;
        }

        @Override
        public void save(String personId, WrongPins wrong) {
            calls.add("save");
            this.wrong = wrong;
        }
    }
}
