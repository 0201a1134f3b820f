package org.centinela.console.domain.documentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.domain.documentation.Records.report;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthlyCountsTest {

    private static final List<DocumentedRecord> RECORDS = List.of(
            report("2026-04-02T10:00:00Z", "RAID", null),
            report("2026-01-31T23:30:00Z", "THREAT", null),
            report("2026-01-05T08:00:00Z", "THREAT", null),
            report("2026-01-06T08:00:00Z", null, null),
            report("2026-04-20T08:00:00Z", "THREAT", null));

    @Test
    void eachMonthIsCountedPerViolenceTypeInTheContractsOrderThenThoseWithout() {
        MonthlyCounts counts = MonthlyCounts.of(RECORDS);

        assertThat(counts.columns()).containsExactly("THREAT", "RAID", MonthlyCounts.NONE);
        assertThat(counts.months().get(0)).isEqualTo(new MonthlyCounts.Month(YearMonth.of(2026, 1), 3, List.of(2, 0, 1)));
        assertThat(counts.count(YearMonth.of(2026, 4), "RAID")).isEqualTo(1);
        assertThat(counts.count(YearMonth.of(2026, 4), "THREAT")).isEqualTo(1);
        assertThat(counts.columnTotals()).containsExactly(3, 1, 1);
        assertThat(counts.total()).isEqualTo(5);
        assertThat(counts.highest()).isEqualTo(3);
    }

    @Test
    void monthsWithoutRecordsBetweenTheFirstAndTheLastCountZero() {
        MonthlyCounts counts = MonthlyCounts.of(RECORDS);

        assertThat(counts.months()).extracting(MonthlyCounts.Month::label)
                .containsExactly("2026-01", "2026-02", "2026-03", "2026-04");
        assertThat(counts.months().get(1).total()).isZero();
        assertThat(counts.months().get(1).counts()).containsExactly(0, 0, 0);
    }

    @Test
    void nothingCountedHasNoMonths() {
        assertThat(MonthlyCounts.of(List.of()).isEmpty()).isTrue();
        assertThat(MonthlyCounts.of(List.of()).highest()).isZero();
    }

    @Test
    void theMonthsToChooseFromAreThoseWithRecordsNewestFirst() {
        assertThat(MonthlyCounts.monthsWithRecords(RECORDS)).containsExactly(YearMonth.of(2026, 4), YearMonth.of(2026, 1));
    }
}
