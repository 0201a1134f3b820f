package org.centinela.console.domain.risk;

import java.util.List;

/**
 * The points each factor of the risk model adds (risk-scoring judges their limits: each 0..100, the baseline
 * never decreasing from one level to the next).
 *
 * @param panic                     base of a panic
 * @param checkinMissed             base of a missed check-in
 * @param report                    base of a report, before its words count
 * @param baselineByLevel           what her baseline risk adds at levels 0, 1, 2 and 3
 * @param alertLast30Days           points for each alert of hers in the last 30 days
 * @param alertsLast30DaysCap       the most those alerts add together
 * @param repeatWithin10Minutes     points for each other signal of hers in the 10 minutes before
 * @param repeatsWithin10MinutesCap the most those signals add together
 * @param hotZone                   what a hot zone without a weight of its own adds
 */
public record Weights(int panic, int checkinMissed, int report, List<Integer> baselineByLevel, int alertLast30Days,
        int alertsLast30DaysCap, int repeatWithin10Minutes, int repeatsWithin10MinutesCap, int hotZone) {

    /** Baseline risk levels 0 to 3. */
    public static final int BASELINE_LEVELS = 4;

    public Weights {
        baselineByLevel = List.copyOf(baselineByLevel);
        if (baselineByLevel.size() != BASELINE_LEVELS) {
            throw new IllegalArgumentException("baselineByLevel must have " + BASELINE_LEVELS + " values, had "
                    + baselineByLevel.size());
        }
    }
}
