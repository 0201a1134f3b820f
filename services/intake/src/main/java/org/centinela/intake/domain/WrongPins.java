package org.centinela.intake.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * When someone last gave a wrong PIN for her, oldest first: no more than the lock-out needs to decide (its
 * {@code maxFailures} latest), so what is kept for a person never grows.
 *
 * @param times the times of her latest wrong PINs, oldest first
 */
public record WrongPins(List<Instant> times) {

    public static final WrongPins NONE = new WrongPins(List.of());

    public WrongPins {
        times = List.copyOf(Objects.requireNonNull(times, "times"));
        for (int i = 1; i < times.size(); i++) {
            if (times.get(i).isBefore(times.get(i - 1))) {
                throw new IllegalArgumentException("times must be oldest first");
            }
        }
    }

    /** How many of them were given at or after {@code from}. */
    public int since(Instant from) {
        return (int) times.stream().filter(time -> !time.isBefore(from)).count();
    }

    /** These and one more at {@code at}, keeping only the latest {@code keep}. */
    public WrongPins plus(Instant at, int keep) {
        List<Instant> more = new ArrayList<>(times);
        int insertAt = more.size();
        while (insertAt > 0 && more.get(insertAt - 1).isAfter(at)) {
            insertAt--;
        }
        more.add(insertAt, at);
        return new WrongPins(more.subList(Math.max(0, more.size() - keep), more.size()));
    }
}
