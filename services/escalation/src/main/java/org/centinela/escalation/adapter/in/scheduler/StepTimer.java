package org.centinela.escalation.adapter.in.scheduler;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.centinela.escalation.application.DueStep;
import org.centinela.escalation.application.FireDueSteps;
import org.centinela.loops.BackgroundLoop;
import org.centinela.loops.Retry;
import org.centinela.loops.RunningLoops;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for due steps every {@code escalation.steps.poll-every} and fires them in batches until none
 * is due, on the background loop {@code escalation-steps}, which survives any failure of a batch (it
 * is tried again after {@code poll-every}). Any number of instances may run against one database: each
 * step is claimed by exactly one. How late each step fired is measured ({@code escalation_step_lateness}).
 */
@ApplicationScoped
public class StepTimer {

    static final String LOOP = "escalation-steps";
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final FireDueSteps fireDueSteps;
    private final RunningLoops loops;
    private final Duration pollEvery;
    private final int batch;
    private final boolean enabled;
    private final Timer lateness;
    private BackgroundLoop loop;

    public StepTimer(FireDueSteps fireDueSteps, MeterRegistry registry, RunningLoops loops,
            @ConfigProperty(name = "escalation.steps.poll-every") Duration pollEvery,
            @ConfigProperty(name = "escalation.steps.batch") int batch,
            @ConfigProperty(name = "escalation.steps.enabled") boolean enabled) {
        this.fireDueSteps = fireDueSteps;
        this.loops = loops;
        this.pollEvery = pollEvery;
        this.batch = batch;
        this.enabled = enabled;
        this.lateness = Timer.builder("escalation.step.lateness")
                .description("How long after its due time a step fired")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    void start(@Observes StartupEvent started) {
        if (enabled) {
            loop = loops.start(LOOP, Retry.every(pollEvery), this::fireBatch);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (loop != null) {
            loop.stop();
            loop.awaitStopped(SHUTDOWN_GRACE);
        }
    }

    /** Fires one batch: the next starts at once when the batch was full, otherwise after {@code poll-every}. */
    private Duration fireBatch() {
        FireDueSteps.Fired fired = fireDueSteps.fireDue(batch);
        for (DueStep due : fired.steps()) {
            lateness.record(Duration.between(due.step().dueAt(), fired.at()));
        }
        return fired.steps().size() == batch ? Duration.ZERO : pollEvery;
    }
}
