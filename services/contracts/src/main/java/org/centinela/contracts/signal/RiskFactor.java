package org.centinela.contracts.signal;

import java.util.List;
import org.centinela.contracts.Invariants;

/**
 * One reason risk-scoring gave for a score, so that operators can see why an alert is graded as it is.
 *
 * @param code         stable machine-readable name of the factor, e.g. {@code keyword.hombres-armados}
 * @param contribution points it added to (or, negative, took from) the score, -100..100
 * @param explanation  one English sentence for operators; must never quote the signal's text or location
 * @param args         the values the explanation names, in the order risk-scoring's README gives for the code (the
 *                     lexicon's phrase, a hot zone's name, a count), so that a reader's language can say them too;
 *                     empty when the code says it all. Never the signal's text or location.
 */
public record RiskFactor(String code, int contribution, String explanation, List<String> args) {

    public static final int MAX_CODE_LENGTH = 64;
    public static final int MAX_EXPLANATION_LENGTH = 300;
    public static final int MAX_ARG_LENGTH = 120;

    public RiskFactor {
        Invariants.text(code, MAX_CODE_LENGTH, "code");
        Invariants.within(contribution, -100, 100, "contribution");
        Invariants.text(explanation, MAX_EXPLANATION_LENGTH, "explanation");
        args = args == null ? List.of() : Invariants.listOf(args, "args");
        args.forEach(arg -> Invariants.text(arg, MAX_ARG_LENGTH, "args element"));
    }

    /** A factor whose code says it all: the type of the signal, an unknown sender's cap. */
    public RiskFactor(String code, int contribution, String explanation) {
        this(code, contribution, explanation, List.of());
    }
}
