package org.centinela.console.domain.documentation;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.ViolenceType;

/**
 * What the documentation is asked for: what to count, and optionally one month (UTC), one violence type, one
 * perpetrator type and one country (the defender's, ISO 3166 alpha-2); {@code null} is every one. Read from a query
 * whose empty values and {@code all} mean every one.
 */
public record DocumentationFilter(Counted counted, YearMonth month, ViolenceType violence,
        PerpetratorType perpetrator, String country) {

    public static final String ALL = "all";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuu-MM");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");

    public DocumentationFilter {
        Objects.requireNonNull(counted, "counted");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code in capitals, was " + country);
        }
    }

    /**
     * The filter a query asks for; a month not written {@code yyyy-MM}, a type the contract does not name, a country
     * that is no two-letter code or a count we do not make is refused with {@link FilterRefused}.
     */
    public static DocumentationFilter parse(String counted, String month, String violence, String perpetrator,
            String country) {
        return new DocumentationFilter(Counted.parse(counted), month(month),
                code(violence, ViolenceType.class, "violence type"),
                code(perpetrator, PerpetratorType.class, "perpetrator type"), country(country));
    }

    /** {@code yyyy-MM}, as the month filter and the CSV write a month. */
    public static String month(YearMonth month) {
        return MONTH.format(month);
    }

    public boolean admits(DocumentedRecord r) {
        return r.kind() == counted
                && (month == null || month.equals(r.month()))
                && (violence == null || violence.name().equals(r.violenceType()))
                && (perpetrator == null || perpetrator.name().equals(r.perpetratorType()))
                && (country == null || country.equals(r.country()));
    }

    /** The records this filter admits, in the order given. */
    public List<DocumentedRecord> of(List<DocumentedRecord> records) {
        return records.stream().filter(this::admits).toList();
    }

    public String monthCode() {
        return month == null ? ALL : month(month);
    }

    public String violenceCode() {
        return violence == null ? ALL : violence.name();
    }

    public String perpetratorCode() {
        return perpetrator == null ? ALL : perpetrator.name();
    }

    public String countryCode() {
        return country == null ? ALL : country;
    }

    /**
     * The query that asks for this filter again:
     * {@code counted=reports&month=2026-03&violence=all&perpetrator=all&country=GT}.
     */
    public String query() {
        return "counted=" + counted.code() + "&month=" + monthCode() + "&violence=" + violenceCode()
                + "&perpetrator=" + perpetratorCode() + "&country=" + countryCode();
    }

    /** {@code centinela-reports-2026-03-threat-all-gt.csv}: what was counted and every filter, all in the name. */
    public String fileName() {
        return ("centinela-" + counted.code() + "-" + monthCode() + "-" + violenceCode() + "-" + perpetratorCode()
                + "-" + countryCode() + ".csv").toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static YearMonth month(String text) {
        if (isAll(text)) {
            return null;
        }
        try {
            return YearMonth.parse(text.trim(), MONTH);
        } catch (DateTimeParseException e) {
            throw new FilterRefused("a month is written yyyy-MM, not '" + text + "'");
        }
    }

    private static <E extends Enum<E>> E code(String text, Class<E> type, String what) {
        if (isAll(text)) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new FilterRefused("there is no " + what + " called '" + text + "'");
        }
    }

    /** A two-letter code in either case, kept in capitals as profiles write it. */
    private static String country(String text) {
        if (isAll(text)) {
            return null;
        }
        String code = text.trim().toUpperCase(Locale.ROOT);
        if (!COUNTRY.matcher(code).matches()) {
            throw new FilterRefused("a country is its two-letter ISO 3166 code such as GT, not '" + text + "'");
        }
        return code;
    }

    private static boolean isAll(String text) {
        return text == null || text.isBlank() || ALL.equals(text.trim());
    }
}
