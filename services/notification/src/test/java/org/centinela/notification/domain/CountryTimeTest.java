package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryTimeTest {

    private static final Instant AT = Instant.parse("2026-03-07T20:05:00Z");

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "GT, America/Guatemala, 14:05 UTC-6",
        "SV, America/El_Salvador, 14:05 UTC-6",
        "HN, America/Tegucigalpa, 14:05 UTC-6",
        "NI, America/Managua, 14:05 UTC-6",
        "CR, America/Costa_Rica, 14:05 UTC-6",
        "PA, America/Panama, 15:05 UTC-5",
        "BZ, America/Belize, 14:05 UTC-6",
        "MX, America/Mexico_City, 14:05 UTC-6"})
    void theRegionsCountriesReadTheirOwnTimeWithItsOffset(String country, String zone, String time) {
        CountryTime local = CountryTime.of(country);

        assertThat(local.zone().getId()).isEqualTo(zone);
        assertThat(local.time(AT)).isEqualTo(time);
        assertThat(CountryTime.of(country.toLowerCase()).time(AT)).isEqualTo(time);
    }

    @Test
    void anyOtherCountryOrNoneReadsUtcAndSaysSo() {
        assertThat(CountryTime.of("ES").time(AT)).isEqualTo("20:05 UTC");
        assertThat(CountryTime.of(null).time(AT)).isEqualTo("20:05 UTC");
        assertThat(CountryTime.of("US").dateTime(AT)).isEqualTo("2026-03-07 20:05 UTC");
    }

    @Test
    void theDateIsHerCountrysAndWrittenAlikeInEveryLanguage() {
        Instant lateEvening = Instant.parse("2026-03-08T03:30:00Z");

        assertThat(CountryTime.of("GT").dateTime(lateEvening)).isEqualTo("2026-03-07 21:30 UTC-6");
        assertThat(CountryTime.of("PA").dateTime(lateEvening)).isEqualTo("2026-03-07 22:30 UTC-5");
    }
}
