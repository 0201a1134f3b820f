package org.centinela.notification.adapter.in.dispatch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centinela.directorycopy.DirectoryLoad;
import org.centinela.loops.BackgroundLoop;
import org.centinela.loops.Retry;
import org.centinela.loops.RunningLoops;
import org.centinela.notification.application.Reconcile;
import org.centinela.notification.application.SendNext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * The senders: {@code workers} background loops ({@code notification-sender-<n>}) that each send the
 * next due delivery as long as there is one and its sender may send, and otherwise wait until woken (a
 * request was recorded), until a sender may send again, or until the next poll (retries come due). They
 * send nothing until the directory is loaded. A sender whose attempt fails, whatever it threw, waits
 * 100 ms, twice as long after each further failure up to 5 s, and goes on. Deliveries abandoned by a
 * crash are reconciled at start and then every {@code reconcile-every}.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final Retry AFTER_FAILURE = new Retry(Duration.ofMillis(100), Duration.ofSeconds(5));
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

    private final SendNext sendNext;
    private final Reconcile reconcile;
    private final DirectoryLoad directoryLoad;
    private final RunningLoops loops;
    private final int workers;
    private final Duration pollEvery;
    private final List<BackgroundLoop> senders = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    public Dispatcher(SendNext sendNext, Reconcile reconcile, @Readiness DirectoryLoad directoryLoad, RunningLoops loops,
            @ConfigProperty(name = "notification.dispatch.workers") int workers,
            @ConfigProperty(name = "notification.dispatch.poll-every") Duration pollEvery) {
        this.sendNext = sendNext;
        this.reconcile = reconcile;
        this.directoryLoad = directoryLoad;
        this.loops = loops;
        this.workers = workers;
        this.pollEvery = pollEvery;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        for (int i = 0; i < workers; i++) {
            senders.add(loops.start("notification-sender-" + i, AFTER_FAILURE, this::sendOne));
        }
    }

    /** Lets each sender finish the delivery it is sending (its outcome is recorded), for 15 s in all. */
    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        senders.forEach(BackgroundLoop::stop);
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        for (BackgroundLoop sender : senders) {
            sender.awaitStopped(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
        }
    }

    /** There may be something to send now. */
    public void wake() {
        senders.forEach(BackgroundLoop::wake);
    }

    @Scheduled(every = "${notification.dispatch.reconcile-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void reconcileAbandoned() {
        if (!running || !directoryLoad.loaded()) {
            return;
        }
        try {
            if (reconcile.abandoned() > 0) {
                wake();
            }
        } catch (RuntimeException e) {
            LOG.warnf("abandoned deliveries not reconciled yet: %s", e.getClass().getSimpleName());
        }
    }

    /** One pass of a sender: the next delivery at once after one was sent, otherwise after a wait. */
    private Duration sendOne() {
        if (!directoryLoad.loaded()) {
            return pollEvery;
        }
        SendNext.Turn turn = sendNext.sendNext();
        if (turn.sent()) {
            return Duration.ZERO;
        }
        long nanosUntilRight = turn.nanosUntilRight();
        return nanosUntilRight > 0 ? Duration.ofNanos(Math.min(nanosUntilRight, pollEvery.toNanos())) : pollEvery;
    }
}
