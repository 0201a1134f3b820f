package org.centinela.console.domain.documentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DocumentationCsvTest {

    private static final UUID SIGNAL = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID ALERT = UUID.fromString("00000000-0000-0000-0000-0000000000b1");

    @Test
    void theHeaderIsStableEnglishIdsAndCodesOnly() {
        String csv = DocumentationCsv.of(List.of());

        assertThat(csv).isEqualTo(
                "kind,id,alert_id,received_at_utc,month,signal_type,violence_type,perpetrator_type,grade,score,triage,"
                        + "country\r\n");
        assertThat(DocumentationCsv.COLUMNS).noneMatch(c -> c.matches(
                ".*(text|narrative|place|location|lat|lon|phone|name|defender|email).*"));
    }

    @Test
    void oneRowARecordInUtcWithEmptyFieldsForWhatItDoesNotHave() {
        String csv = DocumentationCsv.of(List.of(
                new DocumentedRecord(Counted.ALERTS, SIGNAL, ALERT, Instant.parse("2026-03-31T23:15:00.250Z"), "PANIC", null,
                        null, "CRITICAL", 90, true, null),
                new DocumentedRecord(Counted.REPORTS, SIGNAL, null, Instant.parse("2026-04-01T00:00:00Z"), "REPORT",
                        "THREAT", "UNKNOWN", null, 12, false, "GT")));

        assertThat(csv.split("\r\n", -1)).containsExactly(
                "kind,id,alert_id,received_at_utc,month,signal_type,violence_type,perpetrator_type,grade,score,triage,country",
                "alert,00000000-0000-0000-0000-00000000000a,00000000-0000-0000-0000-0000000000b1,2026-03-31T23:15:00.250Z,2026-03,PANIC,,,CRITICAL,90,true,",
                "report,00000000-0000-0000-0000-00000000000a,,2026-04-01T00:00:00Z,2026-04,REPORT,THREAT,UNKNOWN,,12,false,GT",
                "");
    }

    @Test
    void aFieldWithACommaQuoteOrLineEndIsQuotedItsQuotesDoubled() {
        assertThat(DocumentationCsv.field("THREAT")).isEqualTo("THREAT");
        assertThat(DocumentationCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(DocumentationCsv.field("say \"no\"")).isEqualTo("\"say \"\"no\"\"\"");
        assertThat(DocumentationCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(DocumentationCsv.field("cr\r")).isEqualTo("\"cr\r\"");
    }
}
