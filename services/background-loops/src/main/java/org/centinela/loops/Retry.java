package org.centinela.loops;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a loop waits after a failed pass: {@code first} after the first failure of a streak, twice as
 * long after each further one, never longer than {@code last}.
 */
public record Retry(Duration first, Duration last) {

    public Retry {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (first.isNegative() || last.compareTo(first) < 0) {
            throw new IllegalArgumentException("retry waits must grow from zero or more, were " + first + " to " + last);
        }
    }

    /** The same wait after every failure. */
    public static Retry every(Duration wait) {
        return new Retry(wait, wait);
    }

    /** The wait after the {@code streak}th failure in a row (1 for the first). */
    public Duration after(int streak) {
        Duration wait = first;
        for (int i = 1; i < streak && wait.compareTo(last) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(last) < 0 ? wait : last;
    }

    @Override
    public String toString() {
        return first.equals(last) ? "every " + first : "after " + first + ", doubling up to " + last;
    }
}
