package org.centinela.notification.domain;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * How a transient failure (the provider's 5xx, a timeout, the SMTP relay down) is retried: after the
 * n-th failed attempt, wait {@code firstDelay · 2^(n-1)}, at most {@code maxDelay}, of which a random half
 * (jitter, so that many deliveries failed together do not come back together); give up after
 * {@code maxAttempts} attempts, so that escalation hears FAILED and falls back to another channel.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
        }
        Objects.requireNonNull(firstDelay, "firstDelay must not be null");
        Objects.requireNonNull(maxDelay, "maxDelay must not be null");
        if (firstDelay.isNegative() || firstDelay.isZero()) {
            throw new IllegalArgumentException("firstDelay must be positive, was " + firstDelay);
        }
        if (maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must be at least firstDelay, was " + maxDelay);
        }
    }

    /**
     * How long to wait after {@code attempts} failed attempts before the next one, or empty when there is
     * no next one.
     *
     * @param random a source of numbers in [0, 1)
     */
    public Optional<Duration> delayAfter(int attempts, DoubleSupplier random) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, was " + attempts);
        }
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        long ceiling = maxDelay.toMillis();
        long exponential = firstDelay.toMillis();
        for (int i = 1; i < attempts && exponential < ceiling; i++) {
            exponential *= 2;
        }
        long capped = Math.min(exponential, ceiling);
        long half = capped / 2;
        return Optional.of(Duration.ofMillis(capped - half + (long) (random.getAsDouble() * (half + 1))));
    }
}
