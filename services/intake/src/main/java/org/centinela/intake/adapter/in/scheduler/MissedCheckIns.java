package org.centinela.intake.adapter.in.scheduler;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.centinela.intake.application.CheckInTimers;
import org.centinela.loops.BackgroundLoop;
import org.centinela.loops.Retry;
import org.centinela.loops.RunningLoops;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks for overdue check-ins every {@code intake.checkins.poll-every}, in every replica, on the
 * background loop {@code intake-checkins}, which survives any failure of a batch (it is tried again at
 * the next poll). Each batch is its own transaction, whose commit wakes the outbox relay; a full batch
 * is followed by the next at once.
 */
@ApplicationScoped
public class MissedCheckIns {

    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);

    private final CheckInTimers timers;
    private final RunningLoops loops;
    private final Duration pollEvery;
    private BackgroundLoop loop;

    public MissedCheckIns(CheckInTimers timers, RunningLoops loops,
            @ConfigProperty(name = "intake.checkins.poll-every") Duration pollEvery) {
        this.timers = timers;
        this.loops = loops;
        this.pollEvery = pollEvery;
    }

    void start(@Observes StartupEvent started) {
        loop = loops.start("intake-checkins", Retry.every(pollEvery), this::raiseMissed);
    }

    void stop(@Observes ShutdownEvent stopping) {
        loop.stop();
        loop.awaitStopped(SHUTDOWN_GRACE);
    }

    private Duration raiseMissed() {
        return timers.raiseMissed() == CheckInTimers.OVERDUE_BATCH ? Duration.ZERO : pollEvery;
    }
}
