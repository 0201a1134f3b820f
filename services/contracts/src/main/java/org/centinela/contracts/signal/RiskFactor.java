package org.centinela.contracts.signal;

import org.centinela.contracts.Invariants;

/**
 * One reason risk-scoring gave for a score, so that operators can see why an alert is graded as it is.
 *
 * @param code         stable machine-readable name of the factor, e.g. {@code keyword.threat}
 * @param contribution points it added to (or, negative, took from) the score, -100..100
 * @param explanation  one sentence for operators; must never quote the signal's text or location
 */
public record RiskFactor(String code, int contribution, String explanation) {

    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_EXPLANATION_LENGTH = 300;

    public RiskFactor {
        Invariants.text(code, MAX_CODE_LENGTH, "code");
        Invariants.within(contribution, -100, 100, "contribution");
        Invariants.text(explanation, MAX_EXPLANATION_LENGTH, "explanation");
    }
}
