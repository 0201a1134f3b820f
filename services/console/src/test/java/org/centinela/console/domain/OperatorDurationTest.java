package org.centinela.console.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OperatorDurationTest {

    @ParameterizedTest
    @CsvSource({
        "90s, 90",
        "2m, 120",
        "2min, 120",
        "1h30m, 5400",
        "1 h 30 min, 5400",
        "1H5M10S, 3910",
        "' 45s ', 45",
        "PT2M, 120",
        "pt5s, 5",
        "PT1H30M, 5400"})
    void readsWhatAnOperatorTypes(String typed, long seconds) {
        assertThat(OperatorDuration.read(typed)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "90", "two minutes", "2x", "m", "PT", "P2", "0s", "PT0S", "-PT5M", "1m 2h",
        "12345678901s"})
    void refusesWhatIsNotAPositiveDuration(String typed) {
        assertThatThrownBy(() -> OperatorDuration.read(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"45, 45s", "120, 2m", "90, 1m30s", "5400, 1h30m", "3600, 1h", "3661, 1h1m1s"})
    void writesDurationsTheWayTheyAreTyped(long seconds, String written) {
        assertThat(OperatorDuration.written(Duration.ofSeconds(seconds))).isEqualTo(written);
        assertThat(OperatorDuration.read(written)).isEqualTo(Duration.ofSeconds(seconds));
    }
}
