package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(6, Duration.ofSeconds(2), Duration.ofSeconds(20));

    @Test
    void theWaitDoublesAfterEachFailureUpToItsCeiling() {
        assertThat(policy.delayAfter(1, () -> 0.999_999)).contains(Duration.ofSeconds(2));
        assertThat(policy.delayAfter(2, () -> 0.999_999)).contains(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3, () -> 0.999_999)).contains(Duration.ofSeconds(8));
        assertThat(policy.delayAfter(4, () -> 0.999_999)).contains(Duration.ofSeconds(16));
        assertThat(policy.delayAfter(5, () -> 0.999_999)).contains(Duration.ofSeconds(20));
    }

    @Test
    void jitterTakesARandomPartOfTheSecondHalf() {
        assertThat(policy.delayAfter(3, () -> 0.0)).contains(Duration.ofSeconds(4));
        assertThat(policy.delayAfter(3, () -> 0.5)).contains(Duration.ofSeconds(6));
        assertThat(policy.delayAfter(3, () -> 0.999_999)).contains(Duration.ofSeconds(8));
    }

    @Test
    void afterTheLastAttemptThereIsNoNextOne() {
        assertThat(policy.delayAfter(6, () -> 0.5)).isEmpty();
        assertThat(new RetryPolicy(1, Duration.ofSeconds(1), Duration.ofSeconds(1)).delayAfter(1, () -> 0.5)).isEmpty();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(1)))
                .hasMessageContaining("maxAttempts");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofSeconds(1))).hasMessageContaining("firstDelay");
        assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1))).hasMessageContaining("maxDelay");
    }
}
