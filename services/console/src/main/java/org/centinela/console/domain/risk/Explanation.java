package org.centinela.console.domain.risk;

import java.util.List;

/**
 * How the current model scores a signal an operator tries: the score 0..100, its grade and every factor that
 * made it, with the points it added and why.
 */
public record Explanation(int score, String grade, long modelVersion, List<Factor> factors) {

    public Explanation {
        factors = List.copyOf(factors);
    }

    /** One reason for the score: its code, the points it added (negative: took away) and one sentence. */
    public record Factor(String code, int contribution, String explanation) {
    }
}
