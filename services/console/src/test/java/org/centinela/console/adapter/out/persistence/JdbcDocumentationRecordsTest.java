package org.centinela.console.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.centinela.console.domain.SignalAssessment;
import org.centinela.console.domain.documentation.Counted;
import org.centinela.console.domain.documentation.DocumentedRecord;
import org.centinela.contracts.signal.RiskFactor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The read model's SQL on the real PostgreSQL ({@code centinela_console_test}, migrated as the console migrates it):
 * assessments recorded as the Kafka consumer records them, read back as the documentation counts them.
 */
class JdbcDocumentationRecordsTest {

    private static final PGSimpleDataSource DATABASE = new PGSimpleDataSource();

    private final JdbcSignalAssessments assessments = new JdbcSignalAssessments(DATABASE, new ObjectMapper());
    private final JdbcDocumentationRecords records = new JdbcDocumentationRecords(DATABASE);

    @BeforeAll
    static void migrate() {
        DATABASE.setUrl("jdbc:postgresql://127.0.0.1:5432/centinela_console_test");
        DATABASE.setUser("centinela");
        DATABASE.setPassword("centinela");
        Flyway.configure().dataSource(DATABASE).load().migrate();
    }

    @Test
    void aReportKeepsItsCountryAndNamesTheFirstAlertItJoined() {
        UUID report = UUID.randomUUID();
        UUID firstAlert = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-07T10:00:00Z");
        assessments.record("def-" + report, "HN", assessment(report, "REPORT", at, "THREAT", "UNKNOWN"), false, 4);
        assessments.record("def-" + report, "HN", assessment(report, "REPORT", at, "THREAT", "UNKNOWN"), false, 4);
        assessments.joined(UUID.randomUUID(), report, at.plusSeconds(60));
        assessments.joined(firstAlert, report, at.plusSeconds(1));

        List<DocumentedRecord> mine = records.all(Counted.REPORTS).stream().filter(r -> r.id().equals(report)).toList();

        assertThat(mine).containsExactly(new DocumentedRecord(Counted.REPORTS, report, firstAlert, at, "REPORT",
                "THREAT", "UNKNOWN", "HIGH", 60, false, "HN"));
    }

    @Test
    void anAlertIsCountedOnceWithTheSignalThatOpenedIt() {
        UUID alert = UUID.randomUUID();
        UUID opening = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        Instant at = Instant.parse("2026-04-02T08:00:00Z");
        assessments.record("def-" + alert, "GT", assessment(opening, "PANIC", at, null, null), false, 4);
        assessments.record("def-" + alert, "GT", assessment(later, "REPORT", at.plusSeconds(30), "RAID", "OTHER"),
                false, 4);
        assessments.record("unknown:ab12", null, assessment(UUID.randomUUID(), "PANIC", at, null, null), true, 4);
        assessments.joined(alert, opening, at);
        assessments.joined(alert, later, at.plusSeconds(30));

        List<DocumentedRecord> mine = records.all(Counted.ALERTS).stream()
                .filter(r -> alert.equals(r.alertId())).toList();

        assertThat(mine).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(opening);
            assertThat(r.signalType()).isEqualTo("PANIC");
            assertThat(r.country()).isEqualTo("GT");
        });
        assertThat(records.all(Counted.REPORTS)).extracting(DocumentedRecord::id).contains(later)
                .doesNotContainAnyElementsOf(Set.of(opening));
    }

    private static SignalAssessment assessment(UUID signal, String type, Instant at, String violence,
            String perpetrator) {
        return new SignalAssessment(signal, type, at, 60, "HIGH",
                List.of(new RiskFactor("type." + type.toLowerCase(), 30, "A " + type)), violence,
                perpetrator);
    }
}
