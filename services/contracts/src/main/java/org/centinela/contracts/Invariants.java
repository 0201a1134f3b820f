package org.centinela.contracts;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks the event constructors share; every failure names the field and the rule it broke,
 * never the value of a field that may hold personal data.
 */
public final class Invariants {

    private static final Pattern ALERT_CODE = Pattern.compile("[A-Za-z0-9]{1,16}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");

    private Invariants() {
    }

    /** {@code value}, or a NullPointerException naming {@code field}. */
    public static <T> T present(T value, String field) {
        return Objects.requireNonNull(value, () -> field + " must not be null");
    }

    /** {@code value} if it has a non-whitespace character; otherwise an exception naming {@code field}. */
    public static String nonBlank(String value, String field) {
        if (present(value, field).isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** {@code value} if it is non-blank and at most {@code maxLength} characters long. */
    public static String text(String value, int maxLength, String field) {
        nonBlank(value, field);
        if (value.length() > maxLength) {
            throw new IllegalArgumentException(
                    field + " must be at most " + maxLength + " characters, was " + value.length());
        }
        return value;
    }

    /** {@code value} if it is null, or non-blank and at most {@code maxLength} characters long. */
    public static String optionalText(String value, int maxLength, String field) {
        return value == null ? null : text(value, maxLength, field);
    }

    /** {@code value} if it lies in {@code min..max}, both included. */
    public static int within(int value, int min, int max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be " + min + ".." + max + ", was " + value);
        }
        return value;
    }

    /** {@code value} if it is at least {@code min}. */
    public static long atLeast(long value, long min, String field) {
        if (value < min) {
            throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
        }
        return value;
    }

    /** {@code code} if it is an alert's short code as used in SMS: 1 to 16 letters or digits. */
    public static String alertCode(String code, String field) {
        if (!ALERT_CODE.matcher(present(code, field)).matches()) {
            throw new IllegalArgumentException(field + " must be 1 to 16 letters or digits, was '" + code + "'");
        }
        return code;
    }

    /** {@code country} if it is null or an ISO 3166 alpha-2 code in capitals, such as {@code GT}. */
    public static String optionalCountry(String country, String field) {
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException(
                    field + " must be an ISO 3166 alpha-2 code such as GT, was '" + country + "'");
        }
        return country;
    }

    /** An unmodifiable copy of {@code values}, refused if it or any element is null. */
    public static <T> List<T> listOf(List<T> values, String field) {
        present(values, field).forEach(value -> present(value, field + " element"));
        return List.copyOf(values);
    }

    /** An unmodifiable copy of {@code values}, refused if it or any element is null. */
    public static <T> Set<T> setOf(Set<T> values, String field) {
        present(values, field).forEach(value -> present(value, field + " element"));
        return Set.copyOf(values);
    }

    /** {@code schemaVersion} if it is a version that can exist (1 or later). */
    public static int schemaVersion(int schemaVersion) {
        atLeast(schemaVersion, 1, "schemaVersion");
        return schemaVersion;
    }

    /** Whether {@code phone} is a phone number in E.164 ({@code +} and 7 to 15 digits). */
    public static boolean isE164(String phone) {
        return phone != null && E164.matcher(phone).matches();
    }
}
