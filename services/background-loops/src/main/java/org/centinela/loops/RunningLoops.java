package org.centinela.loops;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The background loops this service started, with their metrics: {@code centinela_loop_seconds_since_pass}
 * and {@code centinela_loop_failures_total}, both tagged {@code loop=<name>}. A loop that is disabled is
 * never started here, so it is neither measured nor judged by {@link LoopHealth}.
 */
@ApplicationScoped
public class RunningLoops {

    private final MeterRegistry registry;
    private final List<BackgroundLoop> loops = new CopyOnWriteArrayList<>();

    public RunningLoops(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Starts a loop named {@code name} whose first pass starts at once. */
    public BackgroundLoop start(String name, Retry retry, BackgroundLoop.Pass pass) {
        BackgroundLoop loop = new BackgroundLoop(name, retry, pass);
        Gauge.builder("centinela.loop.seconds.since.pass", loop,
                        measured -> measured.state().sinceLastPass(Instant.now()).toMillis() / 1000.0)
                .description("Seconds since a pass of the background loop last ended")
                .tag("loop", name)
                .register(registry);
        FunctionCounter.builder("centinela.loop.failures", loop, measured -> measured.state().failures())
                .description("Passes of the background loop that threw, an Error included")
                .tag("loop", name)
                .register(registry);
        loops.add(loop);
        loop.start();
        return loop;
    }

    public List<LoopState> states() {
        return loops.stream().map(BackgroundLoop::state).toList();
    }
}
