package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SendRateTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void oneASecondAsTwilioAllowsALongCode() {
        SendRate rate = new SendRate(1, 0);

        assertThat(rate.tryTake(0)).isTrue();
        assertThat(rate.tryTake(SECOND / 2)).isFalse();
        assertThat(rate.nanosUntilNext(SECOND / 2)).isEqualTo(SECOND / 2);
        assertThat(rate.tryTake(SECOND)).isTrue();
        assertThat(rate.tryTake(SECOND)).isFalse();
    }

    @Test
    void aBurstOfAtMostOneSecondsWorth() {
        SendRate rate = new SendRate(10, 0);

        int taken = 0;
        while (rate.tryTake(0)) {
            taken++;
        }
        assertThat(taken).isEqualTo(10);
        assertThat(rate.tryTake(SECOND / 10)).isTrue();
        assertThat(rate.tryTake(SECOND / 10)).isFalse();
    }

    @Test
    void aRightGivenBackCanBeTakenAgain() {
        SendRate rate = new SendRate(1, 0);
        rate.tryTake(0);

        rate.giveBack();

        assertThat(rate.tryTake(0)).isTrue();
    }

    @Test
    void zeroMeansNoLimit() {
        SendRate rate = new SendRate(0, 0);

        for (int i = 0; i < 10_000; i++) {
            assertThat(rate.tryTake(0)).isTrue();
        }
        assertThat(rate.nanosUntilNext(0)).isZero();
        assertThat(rate.unlimited()).isTrue();
    }
}
