package org.centinela.intake.domain;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A rate limit per key (a phone number, a device, or one shared key for a global limit): each key has
 * its own {@link TokenBucket}. Buckets that refilled completely are forgotten when many keys are held,
 * so a flood of distinct senders cannot grow memory without bound.
 */
public final class RateLimit {

    private static final int FORGET_ABOVE = 10_000;

    private final int capacity;
    private final long periodNanos;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimit(int capacity, Duration period) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.periodNanos = period.toNanos();
    }

    /** Whether one more request of {@code key} at {@code now} (monotonic nanoseconds) is within the limit. */
    public boolean allow(String key, long now) {
        if (buckets.size() > FORGET_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(key, k -> new TokenBucket(capacity, periodNanos, now)).tryTake(now);
    }
}
