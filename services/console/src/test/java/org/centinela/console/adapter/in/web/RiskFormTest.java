package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.risk.HotZone;
import org.centinela.console.domain.risk.Lexicon;
import org.centinela.console.domain.risk.LexiconEntry;
import org.centinela.console.domain.risk.ModelRefused;
import org.centinela.console.domain.risk.RiskModel;
import org.centinela.console.domain.risk.Thresholds;
import org.centinela.console.domain.risk.Weights;
import org.junit.jupiter.api.Test;

class RiskFormTest {

    private static final Map<String, String> EN = new Texts().in("en");
    private static final ObjectMapper JSON = new ObjectMapper();

    static RiskModel model() {
        return new RiskModel(new Weights(60, 55, 10, List.of(0, 5, 10, 20), 5, 15, 5, 10, 15),
                Map.of("es", new Lexicon(List.of(new LexiconEntry("amenaza", 20), new LexiconEntry("arma", 15))),
                        "en", new Lexicon(List.of(new LexiconEntry("threat", 20)))),
                List.of(new HotZone("zona-norte", "Zona norte", 14.6349, -90.5069, 5000, null)),
                new Thresholds(30, 55, 80));
    }

    /** The form as a browser posts the page of {@link #model()}, with {@code changes} typed over it. */
    static Map<String, List<String>> posted(Map<String, String> changes) {
        RiskForm form = RiskForm.of(model());
        Map<String, List<String>> posted = new LinkedHashMap<>();
        form.numbers().forEach((key, value) -> posted.put(key, List.of(value)));
        form.lexicons().forEach((language, text) -> posted.put("lexicons." + language, List.of(text)));
        posted.put("newLanguage", List.of(""));
        posted.put("newLexicon", List.of(""));
        posted.put("hotZones", List.of(form.hotZones()));
        changes.forEach((key, value) -> posted.put(key, List.of(value)));
        return posted;
    }

    @Test
    void theFormOfAModelReadsBackAsThatModel() {
        RiskForm.Reading reading = RiskForm.submitted(posted(Map.of())).read(EN);

        assertThat(reading.readable()).isTrue();
        assertThat(reading.model()).isEqualTo(model());
    }

    @Test
    void theFormBecomesTheBodyRiskScoringReads() throws Exception {
        RiskModel model = RiskForm.submitted(posted(Map.of("newLanguage", "qu", "newLexicon", "wañuchiy = 40",
                "weights.panic", " 65 "))).read(EN).model();

        JsonNode body = JSON.valueToTree(model);

        assertThat(body).isEqualTo(JSON.readTree("""
                {"weights": {"panic": 65, "checkinMissed": 55, "report": 10, "baselineByLevel": [0, 5, 10, 20],
                             "alertLast30Days": 5, "alertsLast30DaysCap": 15, "repeatWithin10Minutes": 5,
                             "repeatsWithin10MinutesCap": 10, "hotZone": 15},
                 "lexicons": {"en": {"entries": [{"phrase": "threat", "weight": 20}]},
                              "es": {"entries": [{"phrase": "amenaza", "weight": 20}, {"phrase": "arma", "weight": 15}]},
                              "qu": {"entries": [{"phrase": "wañuchiy", "weight": 40}]}},
                 "hotZones": [{"id": "zona-norte", "name": "Zona norte", "lat": 14.6349, "lon": -90.5069,
                               "radiusMetres": 5000, "weight": null}],
                 "thresholds": {"elevated": 30, "high": 55, "critical": 80}}
                """));
    }

    @Test
    void whatTheConsoleCannotReadIsShownNextToItsInputAndNothingIsSent() {
        RiskForm.Reading reading = RiskForm.submitted(posted(Map.of("weights.baselineByLevel[2]", "diez",
                "lexicons.es", "amenaza = 20\namenaza de muerte", "hotZones", "\nzona; 14; -90; 100",
                "newLanguage", "Quechua", "newLexicon", "wañuchiy = 40"))).read(EN);

        assertThat(reading.readable()).isFalse();
        FormErrors errors = reading.errors();
        assertThat(errors.of("weights.baselineByLevel[2]")).containsExactly("Write a whole number.");
        assertThat(errors.of("lexicons.es")).containsExactly("Line 2: write it as phrase = points.");
        assertThat(errors.of("hotZones")).singleElement().asString().startsWith("Line 2: write it as id; name;");
        assertThat(errors.of("newLanguage")).singleElement().asString().startsWith("Write a language code");
        assertThat(errors.of("lexicons.en")).isEmpty();
    }

    @Test
    void aNewLanguageMayNotBeOneTheModelHas() {
        FormErrors errors = RiskForm.submitted(posted(Map.of("newLanguage", "es", "newLexicon", "x = 1"))).read(EN)
                .errors();

        assertThat(errors.of("newLanguage")).hasSize(1);
    }

    @Test
    void riskScoringsRefusalIsPlacedOnTheInputAndLineItNames() {
        RiskForm form = RiskForm.submitted(posted(Map.of("lexicons.es", "amenaza = 20\n\narma = 15\namenazas = 5",
                "hotZones", "norte; Norte; 14; -90; 100\nsur; Sur; 95; -90; 100",
                "newLanguage", "qu", "newLexicon", "wañuchiy = 400")));
        ModelRefused refused = new ModelRefused(List.of(
                new FieldProblem("weights", "weights.panic must be 0..100, was 120"),
                new FieldProblem("weights", "weights.baselineByLevel[2] must be at least weights.baselineByLevel[1]"),
                new FieldProblem("thresholds", "thresholds.high must be greater than thresholds.elevated"),
                new FieldProblem("lexicons.es.entries[2]", "'amenazas' matches the same words as lexicons.es.entries[0]"),
                new FieldProblem("lexicons.qu.entries[0]", "lexiconEntry.weight must be 0..100, was 400"),
                new FieldProblem("hotZones[1]", "hotZone 'sur' lat must be -90.0..90.0, was 95.0"),
                new FieldProblem("weights.report", "The value of 'weights.report' has the wrong type or format"),
                new FieldProblem("hotZones", "hotZones must not have two zones with id 'norte'"),
                new FieldProblem("lexicons.en.entries[0]", "lexicons.en.entries[0] 'threats' matches the same words"),
                new FieldProblem("lexicons", "lexicons must have a lexicon for 'en'")));

        FormErrors errors = form.errorsOf(refused, EN);

        assertThat(errors.of("weights.panic")).containsExactly("must be 0..100, was 120");
        assertThat(errors.of("weights.baselineByLevel[2]"))
                .containsExactly("must be at least weights.baselineByLevel[1]");
        assertThat(errors.of("thresholds.high")).containsExactly("must be greater than thresholds.elevated");
        assertThat(errors.of("lexicons.es"))
                .containsExactly("Line 4: 'amenazas' matches the same words as lexicons.es.entries[0]");
        assertThat(errors.of("newLexicon")).containsExactly("Line 1: lexiconEntry.weight must be 0..100, was 400");
        assertThat(errors.of("hotZones")).containsExactly("Line 2: hotZone 'sur' lat must be -90.0..90.0, was 95.0",
                "must not have two zones with id 'norte'");
        assertThat(errors.of("lexicons.en")).containsExactly("Line 1: 'threats' matches the same words");
        assertThat(errors.of("weights.report"))
                .containsExactly("The value of 'weights.report' has the wrong type or format");
        assertThat(errors.of("")).containsExactly("lexicons must have a lexicon for 'en'");
    }

    @Test
    void riskScoringsCodedRulesAreSaidInTheReadersLanguage() {
        RiskForm form = RiskForm.submitted(posted(Map.of("lexicons.es", "amenaza = 20\n\narma = 15\namenazas = 5")));
        ModelRefused refused = new ModelRefused(List.of(
                new FieldProblem("weights", "weights.panic must be 0..100, was 120", "out-of-range",
                        List.of("0", "100", "120")),
                new FieldProblem("lexicons.es.entries[2]",
                        "lexicons.es.entries[2] 'amenazas' matches the same words as lexicons.es.entries[0] 'amenaza'",
                        "phrase-overlap", List.of("amenazas", "lexicons.es.entries[0]", "amenaza"))));

        FormErrors errors = form.errorsOf(refused, new Texts().in("es"));

        assertThat(errors.of("weights.panic")).containsExactly("debe estar entre 0 y 100");
        assertThat(errors.of("lexicons.es")).containsExactly(
                "Línea 4: «amenazas» encuentra las mismas palabras que lexicons.es.entries[0] («amenaza»)");
    }
}
