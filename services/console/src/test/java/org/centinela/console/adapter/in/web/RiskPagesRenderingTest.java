package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.adapter.in.web.Rendering.ENGINE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.in.web.Rendering.Person;
import org.centinela.console.adapter.in.web.RiskPages.Trial;
import org.centinela.console.adapter.in.web.RiskPages.VersionLine;
import org.centinela.console.domain.FieldProblem;
import org.centinela.console.domain.risk.Explanation;
import org.centinela.contracts.signal.RiskFactor;
import org.centinela.console.domain.risk.ModelRefused;
import org.centinela.console.domain.risk.ModelVersion;
import org.junit.jupiter.api.Test;

/** The risk model's page rendered with strict rendering, as the console renders it, for an operator. */
class RiskPagesRenderingTest {

    private static final Map<String, String> EN = new Texts().in("en");
    private static final Person OPERATOR = new Person(EN, true, false);
    private static final ModelVersion CURRENT = new ModelVersion(7, "operadora", Instant.parse("2026-11-28T20:15:00Z"),
            RiskFormTest.model());

    private static String page(RiskForm form, FormErrors errors, Trial trial, String notice) {
        return ENGINE.getTemplate("risk").data("me", OPERATOR)
                .data("current", VersionLine.of(CURRENT))
                .data("editor", RiskEditor.of(form, errors, EN))
                .data("trial", trial)
                .data("types", RiskPages.TRIED_TYPES)
                .data("versions", List.of(VersionLine.of(CURRENT),
                        VersionLine.of(new ModelVersion(6, "admin", Instant.parse("2026-11-27T09:00:00Z"),
                                RiskFormTest.model()))))
                .data("notice", notice).render();
    }

    @Test
    void theModelIsShownInLabelledInputsItsLexiconsAndZonesOneALine() {
        String page = page(RiskForm.of(CURRENT.model()), new FormErrors(), Trial.NONE, "Saved, version 7.");

        assertThat(page).contains("Version 7").contains("Saved by operadora · 2026-11-28 20:15:00 UTC")
                .contains("<p class=\"notice\" role=\"status\" id=\"saved\">Saved, version 7.</p>")
                .contains("<label for=\"weights-panic\">A panic starts with</label>")
                .contains("<input type=\"number\" id=\"weights-panic\" name=\"weights.panic\" value=\"60\"")
                .contains("<label for=\"weights-baselineByLevel-3\">Baseline risk 3</label>")
                .contains("name=\"weights.baselineByLevel[3]\" value=\"20\"")
                .contains("name=\"thresholds.critical\" value=\"80\"")
                .contains("<label for=\"lexicons-es\">Words and phrases, language es</label>")
                .contains("name=\"lexicons.es\" rows=\"8\" aria-describedby=\"lexicons-es-hint\">amenaza = 20\narma = 15</textarea>")
                .contains("name=\"newLanguage\"").contains("name=\"newLexicon\"")
                .contains(">zona-norte; Zona norte; 14.6349; -90.5069; 5000</textarea>")
                .contains("<tr><td>6</td><td>admin</td><td>2026-11-27 09:00:00 UTC</td></tr>")
                .contains("<a href=\"/risk\" id=\"nav-risk\">Risk model</a>")
                .doesNotContain("error-summary").doesNotContain("id=\"trial\"");
    }

    @Test
    void aRefusalShowsWhatSheTypedWithEachMessageBesideItsInputAndInTheSummary() {
        RiskForm form = RiskForm.submitted(RiskFormTest.posted(Map.of("lexicons.es", "amenaza = 20\namenazas = <5>")));
        FormErrors errors = form.errorsOf(new ModelRefused(List.of(
                new FieldProblem("lexicons.es.entries[1]", "'amenazas' matches the same words as lexicons.es.entries[0]"),
                new FieldProblem("thresholds", "thresholds.high must be greater than thresholds.elevated"))), EN);

        String page = page(form, errors, Trial.NONE, "");

        assertThat(page).contains("id=\"error-summary\"")
                .contains("aria-describedby=\"lexicons-es-hint lexicons-es-error\">amenaza = 20\namenazas = &lt;5&gt;</textarea>")
                .contains("<p class=\"field-error\" id=\"lexicons-es-error\">Line 2: &#39;amenazas&#39; matches the same words as lexicons.es.entries[0]</p>")
                .contains("<a href=\"#lexicons-es\">Words and phrases, language es: Line 2:")
                .contains("<p class=\"field-error\" id=\"thresholds-high-error\">must be greater than thresholds.elevated</p>")
                .contains("<a href=\"#thresholds-high\">HIGH from: must be greater than thresholds.elevated</a>");
    }

    @Test
    void aTriedSignalShowsItsScoreGradeByWordAndColourAndEveryFactor() {
        Trial trial = new Trial("REPORT", "Nos amenazaron", new Explanation(42, "ELEVATED", 7, List.of(
                new RiskFactor("type.report", 10, "A report starts at 10"),
                new RiskFactor("keyword.amenaza", 20, "keyword 'amenaza' (+20)", List.of("amenaza")),
                new RiskFactor("sender.unverified", -5, "Sender not verified"))));

        String page = page(RiskForm.of(CURRENT.model()), new FormErrors(), trial, "");

        assertThat(page).contains("<option value=\"REPORT\" selected>Report</option>")
                .contains(">Nos amenazaron</textarea>")
                .contains("<strong id=\"score\">42</strong> / 100 <span class=\"grade grade-elevated\" id=\"grade\">ELEVATED</span>")
                .contains("<tr><td class=\"code\">type.report</td><td>+10</td><td>incident report</td></tr>")
                .contains("<tr><td class=\"code\">keyword.amenaza</td><td>+20</td><td>keyword &#39;amenaza&#39;</td></tr>")
                .as("a factor the console has no words for keeps risk-scoring's")
                .contains("<td>-5</td><td>Sender not verified</td>");
    }

    @Test
    void onlyOperatorsHaveTheRiskModelInTheirNavigation() {
        String auditors = ENGINE.getTemplate("policies").data("me", new Person(EN, false, true))
                .data("policies", List.of()).render();

        assertThat(auditors).contains("id=\"nav-policies\"").doesNotContain("nav-risk").doesNotContain("/risk");
    }
}
