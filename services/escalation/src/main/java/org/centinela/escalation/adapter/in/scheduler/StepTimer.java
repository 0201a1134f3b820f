package org.centinela.escalation.adapter.in.scheduler;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.centinela.escalation.application.DueStep;
import org.centinela.escalation.application.FireDueSteps;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Looks for due steps every {@code escalation.steps.poll-every} and fires them in batches until none
 * is due, on one thread of its own. Any number of instances may run against one database: each step is
 * claimed by exactly one. How late each step fired is measured ({@code escalation_step_lateness}).
 */
@ApplicationScoped
public class StepTimer {

    private static final Logger LOG = Logger.getLogger(StepTimer.class);

    private final FireDueSteps fireDueSteps;
    private final Duration pollEvery;
    private final int batch;
    private final boolean enabled;
    private final Timer lateness;
    private ScheduledExecutorService thread;

    public StepTimer(FireDueSteps fireDueSteps, MeterRegistry registry,
            @ConfigProperty(name = "escalation.steps.poll-every") Duration pollEvery,
            @ConfigProperty(name = "escalation.steps.batch") int batch,
            @ConfigProperty(name = "escalation.steps.enabled") boolean enabled) {
        this.fireDueSteps = fireDueSteps;
        this.pollEvery = pollEvery;
        this.batch = batch;
        this.enabled = enabled;
        this.lateness = Timer.builder("escalation.step.lateness")
                .description("How long after its due time a step fired")
                .publishPercentiles(0.5, 0.99)
                .register(registry);
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        thread = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "escalation-steps"));
        thread.scheduleWithFixedDelay(this::fireAllDue, 0, pollEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (thread != null) {
            thread.shutdown();
            try {
                thread.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Fires batches until fewer than a batch were due. */
    void fireAllDue() {
        try {
            FireDueSteps.Fired fired;
            do {
                fired = fireDueSteps.fireDue(batch);
                for (DueStep due : fired.steps()) {
                    lateness.record(Duration.between(due.step().dueAt(), fired.at()));
                }
            } while (fired.steps().size() == batch && !thread.isShutdown());
        } catch (RuntimeException e) {
            LOG.warnf("firing due steps failed, will try again: %s", e.getMessage());
        }
    }
}
