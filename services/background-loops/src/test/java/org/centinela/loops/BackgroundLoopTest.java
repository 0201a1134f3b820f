package org.centinela.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BackgroundLoopTest {

    private static final Duration SOON = Duration.ofMillis(10);
    private static final Duration NEVER_BY_ITSELF = Duration.ofHours(1);

    private BackgroundLoop loop;

    @AfterEach
    void stop() {
        if (loop != null) {
            loop.stop();
            assertThat(loop.awaitStopped(Duration.ofSeconds(5))).isTrue();
        }
    }

    @Test
    void errorsThrownByAPassDoNotStopTheLoop() {
        AtomicInteger passes = new AtomicInteger();
        loop = new BackgroundLoop("errors", Retry.every(SOON), () -> {
            switch (passes.incrementAndGet()) {
                case 1 -> throw new StackOverflowError();
                case 2 -> throw new OutOfMemoryError("a test's");
                case 3 -> throw new IllegalStateException("a test's");
                default -> {
                    return SOON;
                }
            }
        });
        loop.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() >= 6);
        assertThat(loop.state().failures()).isEqualTo(3);
    }

    @Test
    void aWakeUpStartsTheNextPassWithoutWaitingItsTime() {
        AtomicInteger passes = new AtomicInteger();
        loop = new BackgroundLoop("woken", Retry.every(NEVER_BY_ITSELF), () -> {
            passes.incrementAndGet();
            return NEVER_BY_ITSELF;
        });
        loop.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() == 1);

        loop.wake();

        await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() == 2);
    }

    @Test
    void aFailingStreakWaitsLongerAfterEachFailureUpToTheLast() {
        Retry retry = new Retry(Duration.ofMillis(100), Duration.ofSeconds(5));

        assertThat(retry.after(1)).isEqualTo(Duration.ofMillis(100));
        assertThat(retry.after(2)).isEqualTo(Duration.ofMillis(200));
        assertThat(retry.after(6)).isEqualTo(Duration.ofMillis(3200));
        assertThat(retry.after(7)).isEqualTo(Duration.ofSeconds(5));
        assertThat(retry.after(1000)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void noPassStartsOnceStopped() {
        AtomicInteger passes = new AtomicInteger();
        loop = new BackgroundLoop("stopped", Retry.every(SOON), () -> {
            passes.incrementAndGet();
            return Duration.ZERO;
        });
        loop.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> passes.get() > 0);

        loop.stop();

        assertThat(loop.awaitStopped(Duration.ofSeconds(5))).isTrue();
        assertThat(loop.state().stopped()).isTrue();
    }
}
