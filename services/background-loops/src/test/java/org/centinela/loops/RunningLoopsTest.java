package org.centinela.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The metrics of a loop move when its passes do: they are what the alert rules on stuck loops read. */
class RunningLoopsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RunningLoops loops = new RunningLoops(registry);
    private BackgroundLoop loop;

    @AfterEach
    void stop() {
        loop.stop();
        loop.awaitStopped(Duration.ofSeconds(5));
    }

    @Test
    void aFailedPassCountsOneFailure() {
        Semaphore passes = new Semaphore(0);
        loop = loops.start("counted", Retry.every(Duration.ofHours(1)), () -> {
            passes.acquire();
            throw new IllegalStateException("the database is gone");
        });
        assertThat(failures()).isZero();

        passes.release();

        await().atMost(Duration.ofSeconds(5)).until(() -> failures() == 1);
        loop.wake();
        passes.release();
        await().atMost(Duration.ofSeconds(5)).until(() -> failures() == 2);
    }

    @Test
    void theSecondsSinceAPassGrowWhileAPassHangsAndFallBackOnceItEnds() throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        CountDownLatch hanging = new CountDownLatch(1);
        loop = loops.start("hanging", Retry.every(Duration.ofHours(1)), () -> {
            hanging.countDown();
            released.await();
            return Duration.ofHours(1);
        });
        hanging.await();

        await().atMost(Duration.ofSeconds(5)).until(() -> secondsSincePass() >= 0.3);

        released.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> secondsSincePass() < 0.3);
        assertThat(failures()).isZero();
    }

    private double failures() {
        return registry.get("centinela.loop.failures").tag("loop", loop.name()).functionCounter().count();
    }

    private double secondsSincePass() {
        return registry.get("centinela.loop.seconds.since.pass").tag("loop", loop.name()).gauge().value();
    }
}
