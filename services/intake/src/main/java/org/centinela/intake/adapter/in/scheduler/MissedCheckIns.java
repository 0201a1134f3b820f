package org.centinela.intake.adapter.in.scheduler;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.intake.adapter.out.kafka.OutboxRelay;
import org.centinela.intake.application.CheckInTimers;

/** Looks for overdue check-ins every {@code intake.checkins.poll-every}, in every replica. */
@ApplicationScoped
public class MissedCheckIns {

    private final CheckInTimers timers;
    private final OutboxRelay relay;

    public MissedCheckIns(CheckInTimers timers, OutboxRelay relay) {
        this.timers = timers;
        this.relay = relay;
    }

    @Scheduled(every = "${intake.checkins.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void raiseMissed() {
        while (timers.raiseMissed() == CheckInTimers.OVERDUE_BATCH) {
            relay.wake();
        }
        relay.wake();
    }
}
