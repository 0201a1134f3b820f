package org.centinela.risk.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalType;
import org.junit.jupiter.api.Test;

class RiskSignalFactsTest {

    @Test
    void everyFieldIsCheckedAndNamed() {
        assertThatThrownBy(() -> new SignalFacts(null, null, null, true, 0, 0, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("type must not be null");
        assertThatThrownBy(() -> new SignalFacts(SignalType.PANIC, null, null, true, 4, 0, 0))
                .hasMessage("baselineRisk must be 0..3, was 4");
        assertThatThrownBy(() -> new SignalFacts(SignalType.PANIC, null, null, true, -1, 0, 0))
                .hasMessage("baselineRisk must be 0..3, was -1");
        assertThatThrownBy(() -> new SignalFacts(SignalType.PANIC, null, null, true, 0, -1, 0))
                .hasMessage("alertsLast30Days must be at least 0, was -1");
        assertThatThrownBy(() -> new SignalFacts(SignalType.PANIC, null, null, true, 0, 0, -1))
                .hasMessage("signalsLast10Minutes must be at least 0, was -1");
        assertThatThrownBy(() -> SignalFacts.of(SignalType.REPORT, "a".repeat(SignalFacts.MAX_TEXT_LENGTH + 1)))
                .hasMessage("text must be at most 21601 characters, was 21602");
        assertThat(SignalFacts.of(SignalType.REPORT, "a".repeat(SignalFacts.MAX_TEXT_LENGTH))).isNotNull();
    }

    @Test
    void textAndNarrativeAreJoinedByALineBreak() {
        assertThat(SignalFacts.textOf("REPORTE", "nos siguieron")).isEqualTo("REPORTE\nnos siguieron");
        assertThat(SignalFacts.textOf(null, "nos siguieron")).isEqualTo("nos siguieron");
        assertThat(SignalFacts.textOf("SOS", null)).isEqualTo("SOS");
        assertThat(SignalFacts.textOf(null, null)).isNull();
    }

    @Test
    void toStringWithholdsTheTextAndTheLocation() {
        SignalFacts facts = new SignalFacts(SignalType.PANIC, "estoy en la casa de Marta",
                new Location(14.6, -90.5, 5.0), true, 2, 1, 0);

        assertThat(facts.toString()).doesNotContain("Marta").doesNotContain("14.6").contains("withheld")
                .contains("baselineRisk=2");
    }
}
