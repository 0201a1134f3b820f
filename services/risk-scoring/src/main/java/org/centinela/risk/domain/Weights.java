package org.centinela.risk.domain;

import static org.centinela.risk.domain.ModelRules.element;
import static org.centinela.risk.domain.ModelRules.present;
import static org.centinela.risk.domain.ModelRules.weight;

import java.util.List;
import org.centinela.contracts.signal.SignalType;

/**
 * The points each factor of the risk model adds, all whole numbers 0..100, every one of them given: a weight left out
 * or null is refused rather than read as 0 (a PANIC that adds nothing would grade every SOS LOW).
 *
 * <p>A DURESS signal has no weight: it is always CRITICAL with a score of 100. A CANCEL or a PHONE_SEIZED has none
 * either: it passes through ungraded.
 *
 * @param panic                     base of a PANIC signal (she pressed the button or sent SOS: starts high)
 * @param checkinMissed             base of a CHECKIN_MISSED signal (she did not say she arrived: starts high)
 * @param report                    base of a REPORT signal (starts low: its content grades it)
 * @param baselineByLevel           what her baseline risk adds, for levels 0, 1, 2 and 3 (exactly four values,
 *                                  never decreasing from one level to the next)
 * @param alertLast30Days           points for each alert of hers opened in the last 30 days
 * @param alertsLast30DaysCap       the most her alerts of the last 30 days add together
 * @param repeatWithin10Minutes     points for each other signal of hers in the 10 minutes before this one
 * @param repeatsWithin10MinutesCap the most those repeated signals add together
 * @param hotZone                   what a hot zone adds when the zone does not give its own weight
 */
public record Weights(
        Integer panic,
        Integer checkinMissed,
        Integer report,
        List<Integer> baselineByLevel,
        Integer alertLast30Days,
        Integer alertsLast30DaysCap,
        Integer repeatWithin10Minutes,
        Integer repeatsWithin10MinutesCap,
        Integer hotZone) {

    /** Baseline risk levels are 0 (none known) to 3 (highest), as in the directory. */
    public static final int BASELINE_LEVELS = 4;

    public Weights {
        weight(panic, "weights.panic");
        weight(checkinMissed, "weights.checkinMissed");
        weight(report, "weights.report");
        present(baselineByLevel, "weights.baselineByLevel");
        if (baselineByLevel.size() != BASELINE_LEVELS) {
            throw new InvalidRiskModelException("weights.baselineByLevel",
                    "must have " + BASELINE_LEVELS + " values, for levels 0 to 3, had " + baselineByLevel.size(),
                    "baseline-level-count", BASELINE_LEVELS, baselineByLevel.size());
        }
        for (int level = 0; level < BASELINE_LEVELS; level++) {
            String field = "weights.baselineByLevel[" + level + "]";
            weight(element(baselineByLevel.get(level), field), field);
            if (level > 0 && baselineByLevel.get(level) < baselineByLevel.get(level - 1)) {
                String lowerLevel = "weights.baselineByLevel[" + (level - 1) + "]";
                throw new InvalidRiskModelException(field,
                        "must be at least " + lowerLevel + ": a higher baseline risk never adds less",
                        "baseline-decreasing", lowerLevel);
            }
        }
        baselineByLevel = List.copyOf(baselineByLevel);
        weight(alertLast30Days, "weights.alertLast30Days");
        weight(alertsLast30DaysCap, "weights.alertsLast30DaysCap");
        weight(repeatWithin10Minutes, "weights.repeatWithin10Minutes");
        weight(repeatsWithin10MinutesCap, "weights.repeatsWithin10MinutesCap");
        weight(hotZone, "weights.hotZone");
    }

    /** The base of a PANIC, CHECKIN_MISSED or REPORT signal. */
    public int base(SignalType type) {
        return switch (type) {
            case PANIC -> panic;
            case CHECKIN_MISSED -> checkinMissed;
            case REPORT -> report;
            case DURESS, CANCEL, PHONE_SEIZED -> throw new IllegalArgumentException(type + " signals have no base weight");
        };
    }

    /** What baseline risk {@code level} (0..3) adds. */
    public int baseline(int level) {
        return baselineByLevel.get(level);
    }

    /** What {@code count} alerts of hers in the last 30 days add, at most the cap. */
    public int recentAlerts(int count) {
        return (int) Math.min(alertsLast30DaysCap, (long) count * alertLast30Days);
    }

    /** What {@code count} other signals of hers in the 10 minutes before this one add, at most the cap. */
    public int repeats(int count) {
        return (int) Math.min(repeatsWithin10MinutesCap, (long) count * repeatWithin10Minutes);
    }
}
