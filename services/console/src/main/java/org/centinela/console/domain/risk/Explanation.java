package org.centinela.console.domain.risk;

import java.util.List;
import org.centinela.contracts.signal.RiskFactor;

/**
 * How the current model scores a signal an operator tries: the score 0..100, its grade and every factor that
 * made it, with the points it added and why.
 */
public record Explanation(int score, String grade, long modelVersion, List<RiskFactor> factors) {

    public Explanation {
        factors = List.copyOf(factors);
    }
}
