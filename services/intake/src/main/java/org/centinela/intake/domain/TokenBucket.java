package org.centinela.intake.domain;

/**
 * A rate limit: up to {@code capacity} requests at once, refilled at {@code capacity} per
 * {@code periodNanos}. Time is given by the caller (nanoseconds of a monotonic clock), so tests need
 * no sleeping.
 */
public final class TokenBucket {

    private final int capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastRefill;

    public TokenBucket(int capacity, long periodNanos, long now) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        if (periodNanos < 1) {
            throw new IllegalArgumentException("periodNanos must be positive, was " + periodNanos);
        }
        this.capacity = capacity;
        this.tokensPerNano = (double) capacity / periodNanos;
        this.tokens = capacity;
        this.lastRefill = now;
    }

    /** Takes one token if there is one; false means over the limit. */
    public synchronized boolean tryTake(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whether the bucket is full again at {@code now}, so forgetting it changes nothing. */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        if (now > lastRefill) {
            tokens = Math.min(capacity, tokens + (now - lastRefill) * tokensPerNano);
            lastRefill = now;
        }
    }
}
