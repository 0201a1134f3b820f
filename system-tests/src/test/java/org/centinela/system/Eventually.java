package org.centinela.system;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/** Waiting for what the system does asynchronously: polled every 100 ms until found or out of patience. */
public final class Eventually {

    private static final Duration POLL = Duration.ofMillis(100);

    private Eventually() {
    }

    /** The first non-null value {@code found} gives within {@code patience}; an AssertionError naming {@code what} else. */
    public static <T> T get(Supplier<T> found, Duration patience, String what) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            T value = found.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no " + what + " within " + patience.toMillis() + " ms");
            }
            pause(POLL);
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(Math.max(0, duration.toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
