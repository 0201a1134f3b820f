package org.centinela.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RiskModelDefaultsTest {

    private static final RiskScorer SCORER = RiskScorer.of(RiskModel.defaults());

    private static List<String> keywordCodes(String text) {
        return SCORER.assess(SignalFacts.of(SignalType.REPORT, text)).factors().stream()
                .map(RiskFactor::code).filter(code -> code.startsWith("keyword.")).toList();
    }

    @Test
    void versionOneWithSpanishAndEnglishAndTheThresholdsOfTheDesign() {
        RiskModel model = RiskModel.defaults();

        assertThat(model.version()).isEqualTo(1);
        assertThat(model.lexicons()).containsOnlyKeys("en", "es");
        assertThat(model.lexicons().get("es").entries()).hasSizeGreaterThan(30);
        assertThat(model.lexicons().get("en").entries()).hasSizeGreaterThan(25);
        assertThat(model.hotZones()).isEmpty();
        assertThat(model.thresholds()).isEqualTo(new Thresholds(30, 55, 80));
        assertThat(model.weights().panic()).isGreaterThanOrEqualTo(model.thresholds().high());
        assertThat(model.weights().checkinMissed()).isGreaterThanOrEqualTo(model.thresholds().high());
        assertThat(model.weights().report()).isLessThan(model.thresholds().elevated());
    }

    @Test
    void lifeThreateningWordsWeighMoreThanThePresenceOfPoliceOrSurveillance() {
        Lexicon spanish = RiskModel.defaults().lexicons().get("es");
        int policia = weightOf(spanish, "policía");
        int vigilancia = weightOf(spanish, "vigilancia");

        for (String lifeThreatening : List.of("secuestro", "disparos", "desaparecida", "van a matar",
                "violación sexual", "hombres armados", "allanamiento", "quemaron")) {
            assertThat(weightOf(spanish, lifeThreatening)).as(lifeThreatening)
                    .isGreaterThan(policia).isGreaterThan(vigilancia);
        }
    }

    private static int weightOf(Lexicon lexicon, String phrase) {
        return lexicon.entries().stream().filter(entry -> entry.phrase().equals(phrase)).findFirst()
                .orElseThrow().weight();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "Me amenazaron por teléfono                        | keyword.amenaza",
        "recibí una AMENAZA DE MUERTE                      | keyword.amenaza keyword.amenaza-de-muerte keyword.muerte",
        "me siguen desde el mercado                        | keyword.me-siguen",
        "Nos siguen dos motos                              | keyword.nos-siguen",
        "me están siguiendo                                | keyword.me-estan-siguiendo",
        "me persiguen                                      | keyword.me-persiguen",
        "hay unos hombres armados afuera                   | keyword.hombres-armados keyword.armas",
        "allanaron la oficina                              | keyword.allanamiento",
        "allanamiento sin orden                            | keyword.allanamiento",
        "la tienen detenida                                | keyword.detenida",
        "detuvieron a mi compañera                         | keyword.detenida",
        "secuestraron a su hijo                            | keyword.secuestro",
        "se escucharon disparos                            | keyword.disparos",
        "nos dispararon                                    | keyword.disparos",
        "la golpearon                                      | keyword.golpearon",
        "golpes en la cara                                 | keyword.golpearon",
        "está desaparecida desde ayer                      | keyword.desaparecida",
        "vigilancia frente a la casa                       | keyword.vigilancia",
        "nos vigilan                                       | keyword.vigilancia",
        "intimidación en la comunidad                      | keyword.intimidacion",
        "llegó la POLICIA                                  | keyword.policia",
        "militares en el camino                            | keyword.militares",
        "un militar                                        | keyword.militares",
        "quemaron la casa comunal                          | keyword.quemaron",
        "denuncia de violación sexual                      | keyword.violacion-sexual",
        "me violaron                                       | keyword.me-violaron",
        "violación de derechos humanos                     | ",
        "me van a matar                                    | keyword.van-a-matar",
        "muerte                                            | keyword.muerte",
        "tomamos mate en la tarde                          | ",
        "camioneta sin placas                              | keyword.camioneta-sin-placas"
    })
    void spanishPhrasesMatchHowDefendersWriteThem(String text, String codes) {
        assertThat(keywordCodes(text)).containsExactlyElementsOf(codes == null ? List.of() : List.of(codes.split(" ")));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "they threatened me                                | keyword.threat",
        "two cars are following me                         | keyword.following-me",
        "someone followed me home                          | keyword.following-me",
        "ARMED MEN at the door                             | keyword.armed-men",
        "an armed man outside                              | keyword.armed-men",
        "police raided the office                          | keyword.police keyword.raid",
        "she was detained                                  | keyword.detained",
        "he was arrested                                   | keyword.arrested",
        "they kidnapped her                                | keyword.kidnap",
        "shots fired                                       | keyword.shots",
        "we heard gunshots                                 | keyword.gunshots",
        "they shot at the house                            | keyword.shots",
        "she was beaten                                    | keyword.beat",
        "my brother disappeared                            | keyword.disappeared",
        "constant surveillance                             | keyword.surveillance",
        "intimidation of witnesses                         | keyword.intimidation",
        "soldiers at the checkpoint                        | keyword.soldiers",
        "they burned our crops                             | keyword.burned",
        "she was raped                                     | keyword.rape",
        "they will kill us                                 | keyword.kill",
        "death threats                                     | keyword.threat keyword.death-threat keyword.death"
    })
    void englishPhrasesMatchHowDefendersWriteThem(String text, String codes) {
        assertThat(keywordCodes(text)).containsExactlyElementsOf(List.of(codes.split(" ")));
    }

    @Test
    void aPanicAboutArmedMenIsCriticalAndAPlainReportIsLow() {
        Assessment panic = SCORER.assess(SignalFacts.of(SignalType.PANIC, "SOS hombres armados afuera"));
        Assessment report = SCORER.assess(SignalFacts.of(SignalType.REPORT, "Reporte: intimidación en la reunión"));

        assertThat(panic.score()).isEqualTo(100);
        assertThat(panic.grade()).isEqualTo(Grade.CRITICAL);
        assertThat(report.score()).isEqualTo(20);
        assertThat(report.grade()).isEqualTo(Grade.LOW);
    }
}
