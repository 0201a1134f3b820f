package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.centinela.contracts.signal.RiskFactor;
import org.junit.jupiter.api.Test;

class FactorSentenceTest {

    private static final Map<String, String> SPANISH = new Texts().in("es");

    @Test
    void aFactorIsSaidInTheReadersWordsByItsCodeOrItsFamilyWithItsArgs() {
        assertThat(FactorSentence.of(new RiskFactor("type.panic", 60, "panic signal (+60)"), SPANISH))
                .isEqualTo("señal de pánico");
        assertThat(FactorSentence.of(new RiskFactor("keyword.hombres-armados", 25, "keyword 'hombres armados' (+25)",
                List.of("hombres armados")), SPANISH)).isEqualTo("palabra clave «hombres armados»");
        assertThat(FactorSentence.of(new RiskFactor("zone.zona-18", 15, "inside hot zone 'Zona 18' (+15)",
                List.of("Zona 18")), SPANISH)).isEqualTo("dentro de la zona caliente «Zona 18»");
        assertThat(FactorSentence.of(new RiskFactor("history.alerts30d", 10, "2 alerts of hers in the last 30 days (+10)",
                List.of("2")), SPANISH)).isEqualTo("alertas suyas en los últimos 30 días: 2");
    }

    @Test
    void aFactorWithoutWordsOrWithoutTheArgsTheyNeedKeepsRiskScoringsExplanation() {
        RiskFactor unknown = new RiskFactor("weather.storm", 5, "a storm is coming (+5)");
        RiskFactor older = new RiskFactor("keyword.amenaza", 15, "keyword 'amenaza' (+15)");
        RiskFactor unknownType = new RiskFactor("type.rumour", 5, "a rumour (+5)");

        assertThat(FactorSentence.of(unknown, SPANISH)).isEqualTo("a storm is coming (+5)");
        assertThat(FactorSentence.of(older, SPANISH)).as("assessed before factors had args")
                .isEqualTo("keyword 'amenaza' (+15)");
        assertThat(FactorSentence.of(unknownType, SPANISH)).isEqualTo("a rumour (+5)");
    }
}
