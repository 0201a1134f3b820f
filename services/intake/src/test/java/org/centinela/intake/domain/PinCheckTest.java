package org.centinela.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PinCheckTest {

    @ParameterizedTest(name = "{0}, phone seized {1}: closes {2}")
    @CsvSource({
        "GENUINE, false, true", "GENUINE, true, false",
        "DURESS, false, true", "DURESS, true, true",
        "WRONG, false, false", "WRONG, true, false",
        "LOCKED, false, false", "LOCKED, true, false"})
    void herPinClosesHerCheckInUnlessHerPhoneIsSeizedAndHerDuressPinAlwaysDoes(PinCheck check, boolean phoneSeized,
            boolean closes) {
        assertThat(check.closesCheckIn(phoneSeized)).isEqualTo(closes);
    }
}
