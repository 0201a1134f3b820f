package org.centinela.risk.domain;

/**
 * A proposed risk model breaks one of its rules. The message starts with the field it is about
 * ({@code "thresholds.high must be greater than thresholds.elevated"}), so that the model API can
 * answer it as it is; {@link #field()} gives that field alone.
 */
public final class InvalidRiskModelException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field the field, as a path in the model ({@code weights.panic}, {@code lexicons.es}, …)
     * @param rule  what is wrong with it, starting with a verb ({@code must be 0..100, was 120})
     */
    public InvalidRiskModelException(String field, String rule) {
        super(field + " " + rule);
        this.field = field;
    }

    /** The field the rule is about. */
    public String field() {
        return field;
    }
}
