package org.centinela.sandbox.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The faults queued for the next create requests of each channel, consumed one request at a time. */
public final class FaultPlan {

    private final Map<Channel, Deque<Pending>> pending = new EnumMap<>(Channel.class);

    /** The next {@code count} requests of {@code channel}, after those already planned, fail as {@code mode}. */
    public synchronized void add(Channel channel, FaultMode mode, int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (mode == FaultMode.NO_ANSWER && channel != Channel.VOICE) {
            throw new IllegalArgumentException("NO_ANSWER applies to VOICE only: an SMS is never answered");
        }
        pending.computeIfAbsent(channel, c -> new ArrayDeque<>()).addLast(new Pending(mode, count));
    }

    /** The fault for this request of {@code channel}, if one is planned; it is used up. */
    public synchronized Optional<FaultMode> take(Channel channel) {
        Deque<Pending> queue = pending.get(channel);
        if (queue == null || queue.isEmpty()) {
            return Optional.empty();
        }
        Pending head = queue.peekFirst();
        head.remaining--;
        if (head.remaining == 0) {
            queue.removeFirst();
        }
        return Optional.of(head.mode);
    }

    public synchronized void clear() {
        pending.clear();
    }

    private static final class Pending {
        final FaultMode mode;
        int remaining;

        Pending(FaultMode mode, int remaining) {
            this.mode = mode;
            this.remaining = remaining;
        }
    }
}
