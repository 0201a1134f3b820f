package org.centinela.notification.adapter.in.dispatch;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.centinela.directorycopy.DirectoryLoad;
import org.centinela.notification.application.Reconcile;
import org.centinela.notification.application.SendNext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * The senders: {@code workers} threads that each send the next due delivery as long as there is one and
 * its sender may send, and otherwise sleep until woken (a request was recorded), until a sender may send
 * again, or until the next poll (retries come due). They start once the directory is loaded. Deliveries
 * abandoned by a crash are reconciled at start and then every {@code reconcile-every}.
 */
@ApplicationScoped
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class);
    private static final long MAX_ERROR_BACKOFF_MS = 5_000;

    private final SendNext sendNext;
    private final Reconcile reconcile;
    private final DirectoryLoad directoryLoad;
    private final int workers;
    private final long pollNanos;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition work = lock.newCondition();
    private final List<Thread> threads = new ArrayList<>();
    private long generation;
    private volatile boolean running;

    public Dispatcher(SendNext sendNext, Reconcile reconcile, @Readiness DirectoryLoad directoryLoad,
            @ConfigProperty(name = "notification.dispatch.workers") int workers,
            @ConfigProperty(name = "notification.dispatch.poll-every") Duration pollEvery) {
        this.sendNext = sendNext;
        this.reconcile = reconcile;
        this.directoryLoad = directoryLoad;
        this.workers = workers;
        this.pollNanos = pollEvery.toNanos();
    }

    void start(@Observes StartupEvent started) {
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(this::work, "notification-sender-" + i);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
    }

    /** Lets each sender finish the delivery it is sending (its outcome is recorded), for 15 s in all. */
    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        wake();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        for (Thread thread : threads) {
            try {
                thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** There may be something to send now. */
    public void wake() {
        lock.lock();
        try {
            generation++;
            work.signalAll();
        } finally {
            lock.unlock();
        }
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

    private void work() {
        long errorBackoff = 100;
        while (running) {
            long seen = generation();
            try {
                if (!directoryLoad.loaded()) {
                    sleep(seen, pollNanos);
                    continue;
                }
                SendNext.Turn turn = sendNext.sendNext();
                errorBackoff = 100;
                if (!turn.sent()) {
                    sleep(seen, turn.nanosUntilRight() > 0 ? Math.min(turn.nanosUntilRight(), pollNanos) : pollNanos);
                }
            } catch (RuntimeException e) {
                LOG.warnf("sending paused %d ms: %s", errorBackoff, e.getClass().getSimpleName());
                sleep(seen, TimeUnit.MILLISECONDS.toNanos(errorBackoff));
                errorBackoff = Math.min(errorBackoff * 2, MAX_ERROR_BACKOFF_MS);
            }
        }
    }

    private long generation() {
        lock.lock();
        try {
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps up to {@code nanos}, or until woken after {@code seen}. */
    private void sleep(long seen, long nanos) {
        lock.lock();
        try {
            long left = nanos;
            while (running && generation == seen && left > 0) {
                left = work.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }
}
