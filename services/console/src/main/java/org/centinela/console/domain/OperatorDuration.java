package org.centinela.console.domain;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A duration as an operator types it ("90s", "2m", "1h30m", "1 h 30 min", or ISO-8601 "PT2M") and as the
 * console writes it back to her ("1h30m"). Only positive durations are durations here.
 */
public final class OperatorDuration {

    private static final Pattern TYPED = Pattern.compile(
            "(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?\\s*(?:(\\d+)\\s*s)?");

    private OperatorDuration() {
    }

    /** The duration {@code text} means; an {@link IllegalArgumentException} when it is blank, unreadable or not positive. */
    public static Duration read(String text) {
        String typed = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        Duration duration = typed.startsWith("p") ? iso(text.strip()) : typed(typed);
        if (duration.isZero() || duration.isNegative()) {
            throw new IllegalArgumentException("a duration must be positive, was '" + text + "'");
        }
        return duration;
    }

    /** {@code duration} the way an operator would type it: "45s", "2m", "1h30m", "1m30s". */
    public static String written(Duration duration) {
        long seconds = duration.toSeconds();
        StringBuilder text = new StringBuilder();
        if (seconds >= 3600) {
            text.append(seconds / 3600).append('h');
        }
        if (seconds % 3600 >= 60) {
            text.append(seconds % 3600 / 60).append('m');
        }
        if (seconds % 60 > 0 || seconds == 0) {
            text.append(seconds % 60).append('s');
        }
        return text.toString();
    }

    private static Duration iso(String text) {
        try {
            return Duration.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO-8601 duration: '" + text + "'", e);
        }
    }

    private static Duration typed(String text) {
        Matcher m = TYPED.matcher(text);
        if (text.isEmpty() || !m.matches() || (m.group(1) == null && m.group(2) == null && m.group(3) == null)) {
            throw new IllegalArgumentException("not a duration: '" + text + "'");
        }
        return Duration.ofHours(number(m.group(1))).plusMinutes(number(m.group(2))).plusSeconds(number(m.group(3)));
    }

    private static long number(String digits) {
        if (digits == null) {
            return 0;
        }
        if (digits.length() > 9) {
            throw new IllegalArgumentException("too long a duration: " + digits);
        }
        return Long.parseLong(digits);
    }
}
