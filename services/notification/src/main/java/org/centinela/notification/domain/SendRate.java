package org.centinela.notification.domain;

/**
 * How fast one sender may send: {@code perSecond} messages a second with a burst of at most one second's
 * worth (at least one), as a token bucket. Time is given by the caller (nanoseconds of a monotonic
 * clock), so tests need no sleeping. A rate of 0 or less means no limit.
 */
public final class SendRate {

    private final double perNano;
    private final double capacity;
    private double tokens;
    private long lastRefill;

    public SendRate(double perSecond, long now) {
        this.perNano = perSecond / 1_000_000_000d;
        this.capacity = Math.max(1, Math.floor(perSecond));
        this.tokens = capacity;
        this.lastRefill = now;
    }

    public boolean unlimited() {
        return perNano <= 0;
    }

    /** Takes the right to send one message now, if there is one. */
    public synchronized boolean tryTake(long now) {
        if (unlimited()) {
            return true;
        }
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Gives back a right taken but not used (there was nothing to send). */
    public synchronized void giveBack() {
        if (!unlimited()) {
            tokens = Math.min(capacity, tokens + 1);
        }
    }

    /** Nanoseconds until a message may be sent, 0 when one may be sent now. */
    public synchronized long nanosUntilNext(long now) {
        if (unlimited()) {
            return 0;
        }
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perNano);
    }

    private void refill(long now) {
        if (now > lastRefill) {
            tokens = Math.min(capacity, tokens + (now - lastRefill) * perNano);
            lastRefill = now;
        }
    }
}
