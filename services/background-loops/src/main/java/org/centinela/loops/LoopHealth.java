package org.centinela.loops;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * {@code background-loops}, in liveness and readiness: DOWN as soon as one running loop's next pass is
 * more than {@code centinela.loops.stalled-after} late (its pass hangs, or its thread is gone). A loop
 * whose passes fail but keep coming is not stalled (its failures are counted in the metrics); a loop
 * that was stopped, or never started because it is disabled, is not judged. Each loop is reported by
 * name with how long ago its last pass ended.
 */
@Liveness
@Readiness
@ApplicationScoped
public class LoopHealth implements HealthCheck {

    static final String NAME = "background-loops";

    private final RunningLoops loops;
    private final LoopsConfig config;

    public LoopHealth(RunningLoops loops, LoopsConfig config) {
        this.loops = loops;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        Instant now = Instant.now();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
        for (LoopState loop : loops.states()) {
            boolean stalled = loop.overdue(now).compareTo(config.stalledAfter()) > 0;
            if (stalled) {
                response.down();
            }
            response.withData(loop.name(), describe(loop, stalled, now));
        }
        return response.build();
    }

    private static String describe(LoopState loop, boolean stalled, Instant now) {
        if (loop.stopped()) {
            return "stopped";
        }
        Duration since = loop.sinceLastPass(now);
        return String.format("%s: last pass ended %d.%03d s ago, %d failed passes", stalled ? "STALLED" : "running",
                since.toSeconds(), since.toMillisPart(), loop.failures());
    }
}
