package org.centinela.risk.domain;

import static org.centinela.risk.domain.ModelRules.present;
import static org.centinela.risk.domain.ModelRules.within;

import org.centinela.contracts.signal.Grade;

/**
 * The scores at which a grade begins: below {@code elevated} a signal is LOW, from {@code elevated}
 * ELEVATED, from {@code high} HIGH, from {@code critical} CRITICAL. Strictly increasing, each 1..100, each given.
 */
public record Thresholds(Integer elevated, Integer high, Integer critical) {

    public Thresholds {
        within(present(elevated, "thresholds.elevated"), 1, 100, "thresholds.elevated");
        within(present(high, "thresholds.high"), 1, 100, "thresholds.high");
        within(present(critical, "thresholds.critical"), 1, 100, "thresholds.critical");
        if (high <= elevated) {
            throw new InvalidRiskModelException("thresholds.high", "must be greater than thresholds.elevated",
                    "thresholds-not-increasing", "thresholds.elevated");
        }
        if (critical <= high) {
            throw new InvalidRiskModelException("thresholds.critical", "must be greater than thresholds.high",
                    "thresholds-not-increasing", "thresholds.high");
        }
    }

    /** The grade of a score 0..100. */
    public Grade gradeOf(int score) {
        if (score >= critical) {
            return Grade.CRITICAL;
        }
        if (score >= high) {
            return Grade.HIGH;
        }
        return score >= elevated ? Grade.ELEVATED : Grade.LOW;
    }

    /** The highest score that is still ELEVATED: where an unverified sender's score stops. */
    public int highestElevated() {
        return high - 1;
    }
}
