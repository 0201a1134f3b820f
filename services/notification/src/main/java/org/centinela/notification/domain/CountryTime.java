package org.centinela.notification.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Times as they read in her country, for the people who act on them: the region's time zones by ISO 3166 code,
 * UTC for any other country (and when hers is not known). Every time says its offset ({@code 14:05 UTC-6}), since
 * her network may read it from another country.
 */
public final class CountryTime {

    private static final Map<String, ZoneId> ZONES = Map.of(
            "GT", ZoneId.of("America/Guatemala"),
            "SV", ZoneId.of("America/El_Salvador"),
            "HN", ZoneId.of("America/Tegucigalpa"),
            "NI", ZoneId.of("America/Managua"),
            "CR", ZoneId.of("America/Costa_Rica"),
            "PA", ZoneId.of("America/Panama"),
            "BZ", ZoneId.of("America/Belize"),
            "MX", ZoneId.of("America/Mexico_City"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final ZoneId zone;

    private CountryTime(ZoneId zone) {
        this.zone = zone;
    }

    /** The time of {@code country} (ISO 3166 alpha-2, any case); UTC for a country outside the table or none. */
    public static CountryTime of(String country) {
        ZoneId zone = country == null ? null : ZONES.get(country.toUpperCase(Locale.ROOT));
        return new CountryTime(zone == null ? ZoneOffset.UTC : zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /** {@code 14:05 UTC-6}. */
    public String time(Instant at) {
        return TIME.format(at.atZone(zone)) + " " + offset(at);
    }

    /** {@code 2026-03-07 14:05 UTC-6}: a date no reader takes for another, whatever her language. */
    public String dateTime(Instant at) {
        return DATE_TIME.format(at.atZone(zone)) + " " + offset(at);
    }

    private String offset(Instant at) {
        int seconds = zone.getRules().getOffset(at).getTotalSeconds();
        if (seconds == 0) {
            return "UTC";
        }
        int minutes = Math.abs(seconds) / 60;
        return "UTC" + (seconds < 0 ? "-" : "+") + minutes / 60 + (minutes % 60 == 0 ? "" : String.format(Locale.ROOT, ":%02d", minutes % 60));
    }
}
