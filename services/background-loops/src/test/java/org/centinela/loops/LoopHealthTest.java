package org.centinela.loops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponse.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoopHealthTest {

    private static final Duration STALLED_AFTER = Duration.ofMillis(300);
    private static final Duration SOON = Duration.ofMillis(10);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RunningLoops loops = new RunningLoops(registry);
    private final LoopHealth health = new LoopHealth(loops, () -> STALLED_AFTER);
    private final List<BackgroundLoop> started = new ArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(BackgroundLoop::stop);
        started.forEach(loop -> loop.awaitStopped(Duration.ofSeconds(5)));
    }

    @Test
    void upWithoutAnyLoop() {
        assertThat(health.call().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void downWhileAPassHangsBeyondTheThresholdAndUpOnceItEnds() {
        CountDownLatch released = new CountDownLatch(1);
        AtomicInteger passes = new AtomicInteger();
        start("hanging", () -> {
            if (passes.incrementAndGet() == 3) {
                released.await();
            }
            return SOON;
        });
        start("idle", () -> SOON);

        await().atMost(Duration.ofSeconds(5)).until(() -> health.call().getStatus() == Status.DOWN);
        HealthCheckResponse down = health.call();
        assertThat(down.getName()).isEqualTo("background-loops");
        assertThat(down.getData().orElseThrow())
                .hasEntrySatisfying("hanging", state -> assertThat((String) state).startsWith("STALLED"))
                .hasEntrySatisfying("idle", state -> assertThat((String) state).startsWith("running"));

        released.countDown();

        await().atMost(Duration.ofSeconds(5)).until(() -> health.call().getStatus() == Status.UP);
        assertThat(passes.get()).isGreaterThan(3);
    }

    @Test
    void aLoopWhosePassesKeepFailingIsCountedButNotStalled() {
        start("failing", () -> {
            throw new OutOfMemoryError("a test's");
        });

        await().atMost(Duration.ofSeconds(5)).until(() -> failures("failing") >= 50);
        assertThat(health.call().getStatus()).isEqualTo(Status.UP);
        assertThat(registry.get("centinela.loop.seconds.since.pass").tag("loop", "failing").gauge().value())
                .isLessThan(STALLED_AFTER.toMillis() / 1000.0);
    }

    @Test
    void aStoppedLoopIsNotStalled() {
        BackgroundLoop loop = start("stopped", () -> SOON);
        loop.stop();
        assertThat(loop.awaitStopped(Duration.ofSeconds(5))).isTrue();

        await().during(STALLED_AFTER.multipliedBy(2)).atMost(Duration.ofSeconds(5))
                .until(() -> health.call().getStatus() == Status.UP);
        assertThat(health.call().getData().orElseThrow()).containsEntry("stopped", "stopped");
    }

    private BackgroundLoop start(String name, BackgroundLoop.Pass pass) {
        BackgroundLoop loop = loops.start(name, Retry.every(SOON), pass);
        started.add(loop);
        return loop;
    }

    private double failures(String loop) {
        return registry.get("centinela.loop.failures").tag("loop", loop).functionCounter().count();
    }
}
