package org.centinela.sandbox.domain;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * The faults queued for the next create requests of each channel, consumed one request at a time; a fault may be
 * meant for one number only, so that a test's fault is never taken by another's request.
 */
public final class FaultPlan {

    private final Map<Channel, Deque<Pending>> pending = new EnumMap<>(Channel.class);

    /** The next {@code count} requests of {@code channel}, after those already planned, fail as {@code mode}. */
    public synchronized void add(Channel channel, FaultMode mode, int count) {
        add(channel, mode, count, null);
    }

    /**
     * The next {@code count} requests of {@code channel} to {@code to} (null: to any number), after those already
     * planned, fail as {@code mode}.
     */
    public synchronized void add(Channel channel, FaultMode mode, int count, String to) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        if (mode == FaultMode.NO_ANSWER && channel != Channel.VOICE) {
            throw new IllegalArgumentException("NO_ANSWER applies to VOICE only: an SMS is never answered");
        }
        pending.computeIfAbsent(channel, c -> new ArrayDeque<>()).addLast(new Pending(mode, count, to));
    }

    /** The fault for this request of {@code channel} to {@code to}, if one is planned for it; it is used up. */
    public synchronized Optional<FaultMode> take(Channel channel, String to) {
        Deque<Pending> queue = pending.get(channel);
        if (queue == null) {
            return Optional.empty();
        }
        for (Iterator<Pending> planned = queue.iterator(); planned.hasNext();) {
            Pending fault = planned.next();
            if (fault.to == null || fault.to.equals(to)) {
                fault.remaining--;
                if (fault.remaining == 0) {
                    planned.remove();
                }
                return Optional.of(fault.mode);
            }
        }
        return Optional.empty();
    }

    public synchronized void clear() {
        pending.clear();
    }

    private static final class Pending {
        final FaultMode mode;
        final String to;
        int remaining;

        Pending(FaultMode mode, int remaining, String to) {
            this.mode = mode;
            this.remaining = remaining;
            this.to = to;
        }
    }
}
