package org.centinela.risk.domain;

import java.util.List;
import org.centinela.contracts.Invariants;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.RiskFactor;

/**
 * How dangerous the risk model judges one signal, and why.
 *
 * @param score        0..100
 * @param grade        by the model's thresholds; null only for a CANCEL or a PHONE_SEIZED, which pass through ungraded
 * @param factors      the reasons, in a stable order: type, keywords, baseline, history, hot zones, the
 *                     unverified cap
 * @param triage       true when an operator must look at it before anyone is woken up: an unverified sender
 * @param modelVersion the version of the model that scored it
 */
public record Assessment(int score, Grade grade, List<RiskFactor> factors, boolean triage, long modelVersion) {

    public Assessment {
        Invariants.within(score, 0, 100, "score");
        factors = Invariants.listOf(factors, "factors");
        Invariants.atLeast(modelVersion, 1, "modelVersion");
    }

    /** The factor with this code, or null. */
    public RiskFactor factor(String code) {
        for (RiskFactor factor : factors) {
            if (factor.code().equals(code)) {
                return factor;
            }
        }
        return null;
    }
}
