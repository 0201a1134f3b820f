package org.centinela.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CheckInTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aCheckInIsDueItsMinutesAfterItStarts() {
        CheckIn checkIn = CheckIn.open(UUID.randomUUID(), "def-1", 45, "reunión", NOW);

        assertThat(checkIn.dueAt()).isEqualTo(NOW.plusSeconds(45 * 60));
        assertThat(checkIn.state()).isEqualTo(CheckIn.State.OPEN);
        assertThat(checkIn.toString()).doesNotContain("reunión");
    }

    @Test
    void minutesAreOneToADay() {
        assertThatThrownBy(() -> CheckIn.open(UUID.randomUUID(), "def-1", 0, null, NOW)).hasMessageContaining("dueInMinutes");
        assertThatThrownBy(() -> CheckIn.open(UUID.randomUUID(), "def-1", 1441, null, NOW)).hasMessageContaining("dueInMinutes");
        assertThat(CheckIn.open(UUID.randomUUID(), "def-1", 1440, null, NOW).dueAt()).isEqualTo(NOW.plusSeconds(86_400));
    }
}
