package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.adapter.in.web.Rendering.ENGINE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.adapter.in.web.Rendering.Person;
import org.centinela.console.domain.documentation.Counted;
import org.centinela.console.domain.documentation.DocumentationFilter;
import org.centinela.console.domain.documentation.DocumentedRecord;
import org.junit.jupiter.api.Test;

/** The documentation page rendered with strict rendering, as the console renders it. */
class DocumentationPagesRenderingTest {

    private static final Map<String, String> EN = new Texts().in("en");

    private static DocumentedRecord report(String at, String violence, String country) {
        return new DocumentedRecord(Counted.REPORTS, UUID.randomUUID(), null, Instant.parse(at), "REPORT", violence,
                "UNKNOWN", "HIGH", 50, false, country);
    }

    private static final List<DocumentedRecord> RECORDS = List.of(report("2026-01-05T08:00:00Z", "THREAT", "GT"),
            report("2026-01-09T08:00:00Z", "THREAT", "HN"), report("2026-03-02T08:00:00Z", "RAID", "GT"),
            report("2026-03-03T08:00:00Z", "RAID", null));

    private static String page(Person me, DocumentationFilter filter) {
        return DocumentationPages.page(ENGINE.getTemplate("documentation").data("me", me), filter, RECORDS).render();
    }

    @Test
    void theTableCountsEachMonthPerViolenceTypeAndTheChartHasABarAMonth() {
        String page = page(new Person(EN, false, true), new DocumentationFilter(Counted.REPORTS, null, null, null, null));

        assertThat(page).contains("<th scope=\"col\">Threat</th><th scope=\"col\">Raid</th><th scope=\"col\">Total</th>")
                .contains("<tr><th scope=\"row\">2026-01</th><td>2</td><td>0</td><td class=\"total\">2</td></tr>")
                .contains("<tr><th scope=\"row\">2026-02</th><td>0</td><td>0</td><td class=\"total\">0</td></tr>")
                .contains("<th scope=\"row\">Total</th><td>2</td><td>2</td><td class=\"total\">4</td>")
                .contains("role=\"img\" aria-labelledby=\"chart-desc\"")
                .contains("<title>2026-01: 2</title>").contains("<title>2026-03: 2</title>")
                .contains("<a href=\"/documentation\" id=\"nav-documentation\">Documentation</a>")
                .contains("href=\"/documentation.csv?counted=reports&amp;month=all&amp;violence=all&amp;perpetrator=all&amp;country=all\"");
    }

    @Test
    void theFormOffersTheMonthsWithRecordsAndKeepsWhatWasChosen() {
        String page = page(new Person(EN, true, false), DocumentationFilter.parse("reports", "2026-03", "RAID", null, null));

        assertThat(page).contains("<option value=\"2026-03\" selected>2026-03</option>")
                .contains("<option value=\"2026-01\">2026-01</option>").doesNotContain("value=\"2026-02\"")
                .contains("<option value=\"RAID\" selected>Raid</option>")
                .contains("<option value=\"STATE_SECURITY_FORCES\">State security forces</option>")
                .contains("<option value=\"reports\" selected>Incident reports</option>")
                .contains("<tr><th scope=\"row\">2026-03</th><td>2</td><td class=\"total\">2</td></tr>")
                .doesNotContain("<th scope=\"row\">2026-01</th>");
    }

    @Test
    void theCountriesWithRecordsAreOfferedByNameAndOneChosenCountsOnlyItsOwn() {
        String page = page(new Person(EN, false, true), DocumentationFilter.parse("reports", null, null, null, "gt"));

        assertThat(page).contains("<option value=\"all\">All countries</option>")
                .contains("<option value=\"GT\" selected>Guatemala (GT)</option>")
                .contains("<option value=\"HN\">Honduras (HN)</option>")
                .contains("<th scope=\"row\">Total</th><td>1</td><td>1</td><td class=\"total\">2</td>")
                .contains("country=GT\"");
    }

    @Test
    void nothingToCountSaysSoWithoutAChart() {
        String page = page(new Person(EN, true, false), new DocumentationFilter(Counted.ALERTS, null, null, null, null));

        assertThat(page).contains("id=\"documentation-empty\"").doesNotContain("<svg")
                .contains("<option value=\"alerts\" selected>Alerts</option>");
    }
}
