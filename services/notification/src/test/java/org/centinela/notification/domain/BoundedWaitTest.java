package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BoundedWaitTest {

    private static final Instant REQUESTED = Instant.parse("2026-12-07T19:51:50Z");
    private final BoundedWait wait = new BoundedWait(Duration.ofSeconds(60), Duration.ofSeconds(1));

    @Test
    void withinTheWaitItLooksAgainSoon() {
        assertThat(wait.recheckAt(REQUESTED, REQUESTED.plusSeconds(10))).contains(REQUESTED.plusSeconds(11));
    }

    @Test
    void theLastLookIsAtTheEndOfTheWait() {
        assertThat(wait.recheckAt(REQUESTED, REQUESTED.plusMillis(59_500))).contains(REQUESTED.plusSeconds(60));
    }

    @Test
    void onceTheWaitIsOverItFails() {
        assertThat(wait.recheckAt(REQUESTED, REQUESTED.plusSeconds(60))).isEmpty();
        assertThat(new BoundedWait(Duration.ZERO, Duration.ofSeconds(1)).recheckAt(REQUESTED, REQUESTED)).isEmpty();
    }

    @Test
    void aRecheckMustBePositive() {
        assertThatThrownBy(() -> new BoundedWait(Duration.ofSeconds(60), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
