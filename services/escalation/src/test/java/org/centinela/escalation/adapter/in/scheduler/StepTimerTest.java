package org.centinela.escalation.adapter.in.scheduler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.centinela.escalation.application.DueStep;
import org.centinela.escalation.application.FireDueSteps;
import org.centinela.escalation.domain.alert.Step;
import org.centinela.escalation.domain.alert.StepKind;
import org.centinela.loops.RunningLoops;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The timer on a fake of the use case: no database, only what the timer does with what it fires. */
class StepTimerTest {

    private static final Duration POLL_EVERY = Duration.ofMillis(20);
    private static final int BATCH = 2;

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final Steps steps = new Steps();
    private StepTimer timer;

    @AfterEach
    void stop() {
        timer.stop(null);
    }

    @Test
    void anErrorThrownWhileFiringIsSurvivedAndTheNextDueStepsStillFire() {
        steps.due(3);
        steps.failOnceWith(new StackOverflowError());
        timer = timerPolling(POLL_EVERY);
        timer.start(null);
        await().atMost(Duration.ofSeconds(5)).until(() -> registry.get("centinela.loop.failures")
                .tag("loop", StepTimer.LOOP).functionCounter().count() == 1);

        steps.due(2);

        await().atMost(Duration.ofSeconds(5)).until(() -> steps.fired.size() == 5);
        assertThat(registry.get("escalation.step.lateness").timer().count()).isEqualTo(5);
    }

    @Test
    void aFullBatchIsFollowedByTheNextAtOnce() {
        steps.due(7);
        timer = timerPolling(Duration.ofHours(1));

        timer.start(null);

        await().atMost(Duration.ofSeconds(5)).until(() -> steps.fired.size() == 7);
    }

    private StepTimer timerPolling(Duration pollEvery) {
        return new StepTimer(steps, registry, new RunningLoops(registry), pollEvery, BATCH, true);
    }

    /** Due steps in memory, handed out a batch at a time; once, an error instead of a batch. */
    private static final class Steps extends FireDueSteps {

        private final Queue<DueStep> due = new ConcurrentLinkedQueue<>();
        private final List<DueStep> fired = new CopyOnWriteArrayList<>();
        private final AtomicBoolean failing = new AtomicBoolean();
        private volatile Error failure;

        Steps() {
            super(null, null, null, null, null, null, null, null, 1, Duration.ofSeconds(1));
        }

        void due(int count) {
            for (int i = 0; i < count; i++) {
                due.add(new DueStep(UUID.randomUUID(), new Step(StepKind.ESCALATE, 1, 0, Instant.now())));
            }
        }

        void failOnceWith(Error error) {
            failure = error;
            failing.set(true);
        }

        @Override
        public Fired fireDue(int limit) {
            if (failing.compareAndSet(true, false)) {
                throw failure;
            }
            List<DueStep> batch = new ArrayList<>();
            while (batch.size() < limit && !due.isEmpty()) {
                batch.add(due.poll());
            }
            fired.addAll(batch);
            return new Fired(Instant.now(), batch);
        }
    }
}
