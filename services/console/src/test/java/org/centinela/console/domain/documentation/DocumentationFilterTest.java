package org.centinela.console.domain.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centinela.console.domain.documentation.Records.report;

import java.time.YearMonth;
import org.centinela.contracts.signal.PerpetratorType;
import org.centinela.contracts.signal.ViolenceType;
import org.junit.jupiter.api.Test;

class DocumentationFilterTest {

    @Test
    void aQueryIsReadAsAMonthAndTheContractsTypes() {
        DocumentationFilter filter = DocumentationFilter.parse("alerts", "2026-03", "THREAT", "ORGANISED_CRIME", "hn");

        assertThat(filter).isEqualTo(new DocumentationFilter(Counted.ALERTS, YearMonth.of(2026, 3),
                ViolenceType.THREAT, PerpetratorType.ORGANISED_CRIME, "HN"));
        assertThat(filter.query())
                .isEqualTo("counted=alerts&month=2026-03&violence=THREAT&perpetrator=ORGANISED_CRIME&country=HN");
        assertThat(filter.fileName()).isEqualTo("centinela-alerts-2026-03-threat-organised-crime-hn.csv");
    }

    @Test
    void emptyAndAllMeanEveryOneAndReportsAreCountedWhenNothingIsAsked() {
        assertThat(DocumentationFilter.parse(null, "", "all", null, " ")).isEqualTo(new DocumentationFilter(Counted.REPORTS, null, null, null, null));
        assertThat(new DocumentationFilter(Counted.REPORTS, null, null, null, null).fileName()).isEqualTo("centinela-reports-all-all-all-all.csv");
    }

    @Test
    void aMonthNotWrittenYearDashMonthIsRefused() {
        assertThatThrownBy(() -> DocumentationFilter.parse("reports", "2026-3", null, null, null))
                .isInstanceOf(FilterRefused.class).hasMessageContaining("yyyy-MM");
        assertThatThrownBy(() -> DocumentationFilter.parse("reports", "2026-13", null, null, null)).isInstanceOf(FilterRefused.class);
        assertThatThrownBy(() -> DocumentationFilter.parse("reports", "03/2026", null, null, null)).isInstanceOf(FilterRefused.class);
    }

    @Test
    void aTypeOrACountTheContractDoesNotNameIsRefused() {
        assertThatThrownBy(() -> DocumentationFilter.parse(null, null, "threat", null, null))
                .isInstanceOf(FilterRefused.class).hasMessageContaining("violence type");
        assertThatThrownBy(() -> DocumentationFilter.parse(null, null, null, "NEIGHBOUR", null))
                .isInstanceOf(FilterRefused.class).hasMessageContaining("perpetrator type");
        assertThatThrownBy(() -> DocumentationFilter.parse("people", null, null, null, null)).isInstanceOf(FilterRefused.class);
    }

    @Test
    void aCountryIsATwoLetterCodeInEitherCaseAndAnythingElseIsRefused() {
        assertThat(DocumentationFilter.parse(null, null, null, null, " gt ").country()).isEqualTo("GT");
        assertThatThrownBy(() -> DocumentationFilter.parse(null, null, null, null, "Guatemala"))
                .isInstanceOf(FilterRefused.class).hasMessageContaining("two-letter ISO 3166 code");
        assertThatThrownBy(() -> DocumentationFilter.parse(null, null, null, null, "GTM")).isInstanceOf(FilterRefused.class);
        assertThatThrownBy(() -> DocumentationFilter.parse(null, null, null, null, "G1")).isInstanceOf(FilterRefused.class);
    }

    @Test
    void aCountryAdmitsOnlyItsOwnRecordsNeverOnesWithoutACountry() {
        DocumentationFilter guatemala = DocumentationFilter.parse("reports", null, null, null, "GT");

        assertThat(guatemala.admits(report("2026-03-10T00:00:00Z", "THREAT", "UNKNOWN", "GT"))).isTrue();
        assertThat(guatemala.admits(report("2026-03-10T00:00:00Z", "THREAT", "UNKNOWN", "HN"))).isFalse();
        assertThat(guatemala.admits(report("2026-03-10T00:00:00Z", "THREAT", "UNKNOWN", null))).isFalse();
        assertThat(new DocumentationFilter(Counted.REPORTS, null, null, null, null)
                .admits(report("2026-03-10T00:00:00Z", "THREAT", "UNKNOWN", null))).isTrue();
    }

    @Test
    void itAdmitsOnlyRecordsOfItsMonthInUtcAndItsTypes() {
        DocumentationFilter march = DocumentationFilter.parse("reports", "2026-03", "THREAT", null, null);

        assertThat(march.admits(report("2026-03-31T23:59:59Z", "THREAT", "UNKNOWN"))).isTrue();
        assertThat(march.admits(report("2026-04-01T00:00:00Z", "THREAT", "UNKNOWN"))).isFalse();
        assertThat(march.admits(report("2026-03-10T00:00:00Z", "RAID", "UNKNOWN"))).isFalse();
        assertThat(march.admits(report("2026-03-10T00:00:00Z", null, "UNKNOWN"))).isFalse();
        assertThat(DocumentationFilter.parse("alerts", null, null, null, null).admits(report("2026-03-10T00:00:00Z", null, null)))
                .isFalse();
        assertThat(DocumentationFilter.parse(null, null, null, "UNKNOWN", null).admits(report("2026-03-10T00:00:00Z", null, "OTHER")))
                .isFalse();
    }
}
