package org.centinela.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centinela.intake.domain.PinMatch.DURESS;
import static org.centinela.intake.domain.PinMatch.GENUINE;
import static org.centinela.intake.domain.PinMatch.NEITHER;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinLockOutTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final PinLockOut lockOut = new PinLockOut(5, Duration.ofMinutes(15));

    @Test
    void herPinCancelsAndForgetsHerMistakes() {
        PinLockOut.Judgement judgement = lockOut.judge(List.of(GENUINE), wrong(4), NOW);

        assertThat(judgement.check()).isEqualTo(PinCheck.GENUINE);
        assertThat(judgement.after()).isEqualTo(WrongPins.NONE);
    }

    @Test
    void afterFiveWrongPinsWithinTheWindowHerPinIsRefusedAndNothingIsForgotten() {
        PinLockOut.Judgement judgement = lockOut.judge(List.of(GENUINE), wrong(5), NOW);

        assertThat(judgement.check()).isEqualTo(PinCheck.LOCKED);
        assertThat(judgement.after()).isEqualTo(wrong(5));
    }

    @Test
    void wrongPinsOlderThanTheWindowDoNotLock() {
        WrongPins old = new WrongPins(List.of(NOW.minusSeconds(3600), NOW.minusSeconds(3000), NOW.minusSeconds(2000),
                NOW.minusSeconds(1000), NOW.minusSeconds(60)));

        assertThat(lockOut.judge(List.of(GENUINE), old, NOW).check()).isEqualTo(PinCheck.GENUINE);
    }

    @Test
    void herDuressPinIsJudgedFirstAndNeverLockedOutNorCounted() {
        for (int before = 0; before <= 7; before++) {
            PinLockOut.Judgement judgement = lockOut.judge(List.of(DURESS), wrong(before), NOW);

            assertThat(judgement.check()).as("after %d wrong PINs", before).isEqualTo(PinCheck.DURESS);
            assertThat(judgement.after()).isEqualTo(wrong(before));
        }
        assertThat(lockOut.judge(List.of(GENUINE, DURESS), wrong(0), NOW).check()).isEqualTo(PinCheck.DURESS);
    }

    @Test
    void aWrongPinCountsLockedOrNotAndOnlyTheLatestAreKept() {
        assertThat(lockOut.judge(List.of(NEITHER), wrong(0), NOW).after().times()).containsExactly(NOW);
        PinLockOut.Judgement locked = lockOut.judge(List.of(NEITHER), wrong(5), NOW.plusSeconds(1));

        assertThat(locked.check()).isEqualTo(PinCheck.WRONG);
        assertThat(locked.after().times()).hasSize(5).endsWith(NOW.plusSeconds(1));
    }

    @Test
    void eachNumberOfAMessageIsAGuessInTheOrderWritten() {
        PinLockOut.Judgement lastGuess = lockOut.judge(List.of(NEITHER, NEITHER, GENUINE), wrong(3), NOW);
        PinLockOut.Judgement pinFirst = lockOut.judge(List.of(GENUINE, NEITHER, NEITHER), wrong(3), NOW);

        assertThat(lastGuess.check()).as("the fifth wrong one locked her PIN").isEqualTo(PinCheck.LOCKED);
        assertThat(pinFirst.check()).isEqualTo(PinCheck.GENUINE);
        assertThat(pinFirst.after().times()).hasSize(2);
    }

    @Test
    void anAttemptGivesANumberAndTheRuleIsSensible() {
        assertThatThrownBy(() -> lockOut.judge(List.of(), WrongPins.NONE, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PinLockOut(0, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PinLockOut(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WrongPins(List.of(NOW, NOW.minusSeconds(1))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** {@code count} wrong PINs in the last minutes. */
    private static WrongPins wrong(int count) {
        WrongPins wrong = WrongPins.NONE;
        for (int i = count; i > 0; i--) {
            wrong = wrong.plus(NOW.minusSeconds(60L * i), 10);
        }
        return wrong;
    }
}
