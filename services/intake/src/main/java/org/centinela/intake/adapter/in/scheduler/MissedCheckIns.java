package org.centinela.intake.adapter.in.scheduler;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.intake.application.CheckInTimers;

/**
 * Looks for overdue check-ins every {@code intake.checkins.poll-every}, in every replica; each batch is
 * its own transaction, whose commit wakes the outbox relay.
 */
@ApplicationScoped
public class MissedCheckIns {

    private final CheckInTimers timers;

    public MissedCheckIns(CheckInTimers timers) {
        this.timers = timers;
    }

    @Scheduled(every = "${intake.checkins.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void raiseMissed() {
        int raised;
        do {
            raised = timers.raiseMissed();
        } while (raised == CheckInTimers.OVERDUE_BATCH);
    }
}
