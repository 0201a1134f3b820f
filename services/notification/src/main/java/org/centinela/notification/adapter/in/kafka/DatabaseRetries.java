package org.centinela.notification.adapter.in.kafka;

import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * What a consumer read is recorded before its offset is committed; while the database fails it is tried again,
 * with a backoff, never skipped.
 */
final class DatabaseRetries {

    private static final Logger LOG = Logger.getLogger(DatabaseRetries.class);
    private static final long MAX_BACKOFF_MS = 5_000;

    private DatabaseRetries() {
    }

    /**
     * Runs {@code write} until it succeeds, and what it answered; empty if the service is stopping first.
     * {@code what} names it in logs.
     */
    static <T> Optional<T> untilWritten(Supplier<T> write, String what) {
        long backoff = 100;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                return Optional.of(write.get());
            } catch (RuntimeException transientFailure) {
                LOG.warnf("%s not recorded yet, retrying in %d ms: %s", what, backoff,
                        transientFailure.getClass().getSimpleName());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
            }
        }
        return Optional.empty();
    }
}
