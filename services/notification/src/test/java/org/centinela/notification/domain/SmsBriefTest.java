package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The brief's SMS always fits in three segments, whatever she wrote and however long her name, links intact. */
class SmsBriefTest {

    private static final Instant AT = Instant.parse("2026-03-07T20:05:00Z");
    private static final String LINK = "https://alertas.centinela.example.org/b/AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    private static final Location MARKET = new Location(15.4709, -90.3707, 12.0);
    private static final String MAP = "https://www.openstreetmap.org/?mlat=15.47090&mlon=-90.37070#map=17/15.47090/-90.37070";
    /** What the Spanish template writes (sms/es/brief.txt). */
    private static final Function<SmsBrief, String> SPANISH = sms -> "CENTINELA " + sms.code()
            + (sms.update() ? " ACTUALIZADO" : "") + ": " + (sms.name() == null ? "defensora sin nombre conocido" : sms.name())
            + (sms.organisation() == null ? "" : " (" + sms.organisation() + ")") + "."
            + (sms.words() == null ? "" : " Dice: \"" + sms.words() + "\"")
            + (sms.mapUrl() == null ? "" : " Lugar " + sms.coordinates() + " a las " + sms.time() + ": " + sms.mapUrl())
            + " Ver todo: " + sms.link();

    @Test
    void aShortBriefGoesWholeWithHerPlaceTheTimeInHerCountryAndBothLinks() {
        SmsText sms = brief("Marta", "Colectiva Xinca", "SOS me siguen dos hombres, mercado de Coban", MARKET, false)
                .fit(SPANISH, false);

        assertThat(sms.text()).isEqualTo("CENTINELA 482193771: Marta (Colectiva Xinca). Dice: \"SOS me siguen dos"
                + " hombres, mercado de Coban\" Lugar 15.47090,-90.37070 a las 14:05 UTC-6: " + MAP + " Ver todo: " + LINK);
        assertThat(sms.encoding()).isEqualTo(SmsText.Encoding.GSM_7);
        assertThat(sms.segments()).isLessThanOrEqualTo(3);
    }

    @Test
    void withoutAPlaceAShortUcs2TextGoesAsWrittenWithItsAccents() {
        SmsText sms = brief("María José", null, "Auxilio 🙏 están aquí", null, false).fit(SPANISH, false);

        assertThat(sms.encoding()).isEqualTo(SmsText.Encoding.UCS_2);
        assertThat(sms.text()).contains("María José").contains("Auxilio 🙏 están aquí").doesNotContain("openstreetmap");
        assertThat(sms.segments()).isLessThanOrEqualTo(3);
    }

    @ParameterizedTest(name = "name of {0}, organisation of {1}, words of {2}, GSM-7 only {3}")
    @CsvSource({
        "200, 200, 1600, false", "200, 200, 1600, true", "5, 0, 1600, false", "200, 0, 0, false", "200, 200, 0, true",
        "30, 60, 300, false", "100, 200, 160, true"})
    void longNamesAndTextsAreCutToThreeSegmentsInTheEncodingTheyGoIn(int name, int organisation, int words,
            boolean gsm7Only) {
        SmsBrief brief = brief(text("María Xóchitl ", name), organisation == 0 ? null : text("Asociación de Mujeres ", organisation),
                words == 0 ? null : text("Me siguen 🙏 dos hombres en el mercado de Cobán, ayúdenme {€} ", words), MARKET, false);

        SmsText sms = brief.fit(SPANISH, gsm7Only);

        assertThat(sms.segments()).as("%s", sms).isLessThanOrEqualTo(3);
        assertThat(sms.text()).contains(" " + MAP + " ").endsWith(" " + LINK).startsWith("CENTINELA 482193771: ")
                .contains("Lugar 15.47090,-90.37070 a las 14:05 UTC-6");
        if (gsm7Only || sms.encoding() == SmsText.Encoding.GSM_7) {
            assertThat(sms.toGsm7().text()).isEqualTo(sms.text());
        }
    }

    @Test
    void herWordsAreCutFirstWithAnEllipsisThenTheOrganisationThenTheName() {
        String name = text("Rosa Elena ", 120);
        String organisation = text("Red de Defensoras ", 150);

        SmsText wordsCut = brief("Marta", "Colectiva", text("me siguen ", 1_600), MARKET, false).fit(SPANISH, false);
        SmsText organisationCut = brief(name, organisation, text("me siguen ", 1_600), MARKET, false).fit(SPANISH, false);
        SmsText nameCut = brief(text("Rosa Elena ", 500), organisation, text("me siguen ", 1_600), MARKET, false)
                .fit(SPANISH, false);

        assertThat(wordsCut.text()).contains("Marta (Colectiva). Dice: \"me siguen").contains("...\" Lugar");
        assertThat(organisationCut.text()).contains(name + " (Red de").doesNotContain("Dice:").contains("...). Lugar");
        assertThat(nameCut.text()).doesNotContain("(").doesNotContain("Dice:").contains("Rosa Elena").contains("... Lugar");
        for (SmsText sms : List.of(wordsCut, organisationCut, nameCut)) {
            assertThat(sms.segments()).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void aTextThatNeedsUcs2AndIsTooLongGoesInGsm7SoThatMoreOfHerWordsSurvive() {
        SmsText sms = brief("María", "Asociación", text("Estoy en la esquina del mercado, vengan ", 400), MARKET, false)
                .fit(SPANISH, false);

        assertThat(sms.encoding()).isEqualTo(SmsText.Encoding.GSM_7);
        assertThat(sms.text()).contains("Maria (Asociacion). Dice: \"Estoy en la esquina").contains("...\"");
        assertThat(sms.segments()).isEqualTo(3);
    }

    @Test
    void theBriefSaysHerFirstWordsAndAnUpdateHerLatestOnOneLine() {
        AlertBrief twoSignals = new AlertBrief(UUID.randomUUID(), "4821", "def-1", "Marta", null, "es", "GT", null,
                Grade.HIGH, List.of(), List.of(signal("me siguen\ndos hombres", null, AT),
                        signal(null, MARKET, AT.plusSeconds(60)), signal("ya en el parque", null, AT.plusSeconds(90))),
                List.of(), 3, AT);

        SmsBrief first = SmsBrief.of(twoSignals, LINK, false);
        SmsBrief update = SmsBrief.of(twoSignals, LINK, true);

        assertThat(first.words()).isEqualTo("me siguen dos hombres");
        assertThat(update.words()).isEqualTo("ya en el parque");
        assertThat(update.update()).isTrue();
        assertThat(first.mapUrl()).isEqualTo(MAP);
        assertThat(first.time()).isEqualTo("14:06 UTC-6");
        assertThat(first.toString()).doesNotContain("Marta").doesNotContain("siguen");
    }

    @Test
    void aPlaceIsCoordinatesToFiveDecimalsAndItsOpenStreetMapLink() {
        Location south = new Location(-0.5, 179.123456789, null);

        assertThat(MapLink.coordinates(south)).isEqualTo("-0.50000,179.12346");
        assertThat(MapLink.of(south))
                .isEqualTo("https://www.openstreetmap.org/?mlat=-0.50000&mlon=179.12346#map=17/-0.50000/179.12346");
    }

    private static SmsBrief brief(String name, String organisation, String words, Location place, boolean update) {
        return new SmsBrief("482193771", name, organisation, words, place == null ? null : MapLink.coordinates(place),
                place == null ? null : MapLink.of(place), place == null ? null : CountryTime.of("GT").time(AT), LINK,
                update);
    }

    private static AlertBrief.BriefSignal signal(String text, Location location, Instant at) {
        return new AlertBrief.BriefSignal(UUID.randomUUID(), SignalType.PANIC, SignalSource.SMS, at, text, location,
                location == null ? null : at, null);
    }

    /** {@code seed} repeated to exactly {@code length} code points. */
    private static String text(String seed, int length) {
        int[] points = seed.codePoints().toArray();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(points[i % points.length]);
        }
        return text.toString();
    }
}
