package org.centinela.loops;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Runs a pass again and again on a thread of its own (named after the loop), waiting between two passes
 * as long as the pass asked, or until {@link #wake() woken}. Whatever a pass throws, an {@link Error}
 * included, the loop goes on: the failure is counted, its class logged once per streak of failures (an
 * {@code Error} at ERROR, anything else at WARN), and the next pass starts after the {@link Retry} wait.
 * Nothing a pass throws is logged beyond its class: messages may hold personal data.
 */
public final class BackgroundLoop {

    /** One pass of a loop. */
    @FunctionalInterface
    public interface Pass {

        /** Does one round of work; how long to wait before the next ({@link Duration#ZERO}: at once). */
        Duration run() throws Exception;
    }

    private static final Logger LOG = Logger.getLogger(BackgroundLoop.class);

    private final String name;
    private final Retry retry;
    private final Pass pass;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition woken = lock.newCondition();
    private final AtomicLong failures = new AtomicLong();
    private long wakes;
    private volatile boolean stopping;
    private volatile Instant lastPass;
    private volatile Instant nextPassDue;

    public BackgroundLoop(String name, Retry retry, Pass pass) {
        this.name = name;
        this.retry = retry;
        this.pass = pass;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
        Instant now = Instant.now();
        this.lastPass = now;
        this.nextPassDue = now;
    }

    public String name() {
        return name;
    }

    /** Starts the first pass at once. */
    public void start() {
        Instant now = Instant.now();
        lastPass = now;
        nextPassDue = now;
        thread.start();
    }

    /** Ends the wait before the next pass; a wake-up during a pass ends the wait that follows it. */
    public void wake() {
        lock.lock();
        try {
            wakes++;
            woken.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Whether {@link #stop()} was called: a pass that works through a backlog may end early. */
    public boolean stopping() {
        return stopping;
    }

    /** No pass starts after this one; the pass running now, if any, is not interrupted. */
    public void stop() {
        stopping = true;
        wake();
    }

    /** Waits up to {@code grace} for the pass running now to end; whether the loop ended. */
    public boolean awaitStopped(Duration grace) {
        try {
            thread.join(Math.max(1, grace.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }

    public LoopState state() {
        return new LoopState(name, lastPass, nextPassDue, failures.get(), stopping);
    }

    private void run() {
        int streak = 0;
        Class<?> failing = null;
        while (!stopping) {
            long seen = wakes();
            Duration wait;
            try {
                wait = pass.run();
                if (streak > 0) {
                    LOG.infof("%s passes again after %d failed passes", name, streak);
                }
                streak = 0;
                failing = null;
            } catch (Throwable failure) { // NOSONAR: surviving any failure is the point of the loop
                streak++;
                failures.incrementAndGet();
                if (failure.getClass() != failing) {
                    failing = failure.getClass();
                    LOG.logf(failure instanceof Error ? Logger.Level.ERROR : Logger.Level.WARN,
                            "%s failed (%s), retrying %s until a pass succeeds", name, failing.getName(), retry);
                }
                wait = retry.after(streak);
            }
            Instant ended = Instant.now();
            lastPass = ended;
            nextPassDue = ended.plus(wait);
            sleep(seen, wait);
        }
    }

    private long wakes() {
        lock.lock();
        try {
            return wakes;
        } finally {
            lock.unlock();
        }
    }

    /** Waits up to {@code wait}, unless woken since {@code seen}; an interrupt also ends the wait. */
    private void sleep(long seen, Duration wait) {
        lock.lock();
        try {
            long left = wait.toNanos();
            while (!stopping && wakes == seen && left > 0) {
                left = woken.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            // A pass that was interrupted left the flag set (throwing cleared it): the loop goes on.
            LOG.debugf("%s: wait interrupted", name);
        } finally {
            lock.unlock();
        }
    }
}
