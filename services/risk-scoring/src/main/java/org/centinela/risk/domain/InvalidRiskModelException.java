package org.centinela.risk.domain;

import java.util.Arrays;
import java.util.List;
import org.centinela.contracts.BrokenRule;

/**
 * A proposed risk model breaks one of its rules. The message starts with the field it is about
 * ({@code "thresholds.high must be greater than thresholds.elevated"}), so that the model API can
 * answer it as it is; {@link #field()} gives that field alone, {@link #code()} and {@link #args()} the
 * rule, so that a client can say it in its reader's language.
 */
public final class InvalidRiskModelException extends IllegalArgumentException implements BrokenRule {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String code;
    private final List<String> args;

    /**
     * @param field the field, as a path in the model ({@code weights.panic}, {@code lexicons.es}, …)
     * @param rule  what is wrong with it, in English, starting with a verb ({@code must be 0..100, was 120})
     * @param code  the rule as a stable code, lowercase words joined by hyphens ({@code out-of-range})
     * @param args  the rule's values in the order the code's documentation gives them ({@code 0, 100, 120}), each
     *              written as {@link String#valueOf(Object)} writes it; never personal data
     */
    public InvalidRiskModelException(String field, String rule, String code, Object... args) {
        super(field + " " + rule);
        this.field = field;
        this.code = code;
        this.args = Arrays.stream(args).map(String::valueOf).toList();
    }

    /** The field the rule is about. */
    public String field() {
        return field;
    }

    /** The rule that was broken, as a stable code. */
    @Override
    public String code() {
        return code;
    }

    /** The rule's values, in the order its code's documentation gives them. */
    @Override
    public List<String> args() {
        return args;
    }
}
