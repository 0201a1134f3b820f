package org.centinela.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimitTest {

    private static final long MINUTE = Duration.ofMinutes(1).toNanos();

    @Test
    void eachKeyHasItsOwnBudgetWhichRefillsOverThePeriod() {
        RateLimit limit = new RateLimit(3, Duration.ofMinutes(1));

        assertThat(limit.allow("+50255510001", 0)).isTrue();
        assertThat(limit.allow("+50255510001", 0)).isTrue();
        assertThat(limit.allow("+50255510001", 0)).isTrue();
        assertThat(limit.allow("+50255510001", 0)).as("fourth in the same instant").isFalse();
        assertThat(limit.allow("+50255510002", 0)).as("another sender").isTrue();
        assertThat(limit.allow("+50255510001", MINUTE / 3)).as("a third of a minute refills one").isTrue();
        assertThat(limit.allow("+50255510001", MINUTE / 3)).isFalse();
    }

    @Test
    void aBucketNeverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, MINUTE, 0);

        assertThat(bucket.tryTake(10 * MINUTE)).isTrue();
        assertThat(bucket.tryTake(10 * MINUTE)).isTrue();
        assertThat(bucket.tryTake(10 * MINUTE)).isFalse();
        assertThat(bucket.isFull(12 * MINUTE)).isTrue();
    }
}
