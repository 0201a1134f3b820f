package org.centinela.risk.domain;

import java.util.List;

/** The checks the risk model's records share; each failure names the field it is about. */
final class ModelRules {

    /** The most a single weight may add: a factor's contribution is -100..100. */
    static final int MAX_WEIGHT = 100;

    private ModelRules() {
    }

    static <T> T present(T value, String field) {
        if (value == null) {
            throw new InvalidRiskModelException(field, "must not be null", "required");
        }
        return value;
    }

    /** {@code value}, an element of a list ({@code field} ends with its index), if it is not null. */
    static <T> T element(T value, String field) {
        if (value == null) {
            throw new InvalidRiskModelException(field, "must not be null", "null-element");
        }
        return value;
    }

    static int within(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new InvalidRiskModelException(field, "must be " + min + ".." + max + ", was " + value,
                    "out-of-range", min, max, value);
        }
        return value;
    }

    static double within(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new InvalidRiskModelException(field, "must be " + min + ".." + max + ", was " + value,
                    "out-of-range", min, max, value);
        }
        return value;
    }

    /** A weight: a whole number of points 0..{@value #MAX_WEIGHT}, given. */
    static int weight(Integer value, String field) {
        return within(present(value, field), 0, MAX_WEIGHT, field);
    }

    /** An unmodifiable copy of {@code values} with at most {@code max} elements, none of them null. */
    static <T> List<T> listOf(List<T> values, int max, String field) {
        present(values, field);
        if (values.size() > max) {
            throw new InvalidRiskModelException(field, "must have at most " + max + " elements, had " + values.size(),
                    "too-many", max, values.size());
        }
        for (int i = 0; i < values.size(); i++) {
            element(values.get(i), field + "[" + i + "]");
        }
        return List.copyOf(values);
    }

    /** {@code value} if it is non-blank and at most {@code maxLength} characters long. */
    static String text(String value, int maxLength, String field) {
        present(value, field);
        if (value.isBlank()) {
            throw new InvalidRiskModelException(field, "must not be blank", "blank");
        }
        if (value.length() > maxLength) {
            throw new InvalidRiskModelException(field,
                    "must be at most " + maxLength + " characters, was " + value.length(), "too-long", maxLength,
                    value.length());
        }
        return value;
    }
}
