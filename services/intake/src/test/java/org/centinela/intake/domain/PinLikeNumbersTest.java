package org.centinela.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PinLikeNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"4821", "BIEN 4821", "BIEN mi pin 4821", "estoy bien 4821 gracias", "bien4821", "pin:4821.",
            "４８２１", "48\u200B21", "4\u030182\u200D1", "٤٨٢١", "④⁸²₁"})
    void herPinIsFoundHoweverItIsWritten(String text) {
        assertThat(PinLikeNumbers.in(text).toCheck()).containsExactly("4821");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hola", "bien 482", "Bien 48 21", "llámame al 50255510001", "bien 123456789", "4,821"})
    void numbersTooShortOrTooLongForAPinAreNotChecked(String text) {
        assertThat(PinLikeNumbers.in(text).toCheck()).isEmpty();
    }

    @Test
    void onlyTheFirstFewAreCheckedFourToEightDigitsEach() {
        assertThat(PinLikeNumbers.in("12 1234 12345678 123456789 2222 3333 4444").toCheck())
                .containsExactly("1234", "12345678", "2222");
        assertThat(PinLikeNumbers.in(null).toCheck()).isEmpty();
    }

    @Test
    void theMinutesOfATimerAreNoPin() {
        assertThat(PinLikeNumbers.in("VOY 1440 4821").afterTheFirst().toCheck()).containsExactly("4821");
        assertThat(PinLikeNumbers.in("voy 30").afterTheFirst().toCheck()).isEmpty();
        assertThat(PinLikeNumbers.in("").afterTheFirst().toCheck()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "me siguen, mi pin 4821 y 1973 placa 512345 | me siguen, mi pin **** y **** placa 512345",
            "4821 | ****",
            "４８２１ zona 1 | **** zona 1",
            "48\u200B21 y 4821 otra vez 48210 | **** y **** otra vez 48210",
            "sin números | sin números"})
    void herNumbersAreWithheldWhereverTheyStandAndNoOther(String text, String withheld) {
        assertThat(PinLikeNumbers.in(text).withholding(Set.of("4821", "1973"))).isEqualTo(withheld);
    }

    @Test
    void nothingToWithholdLeavesTheTextAsItIs() {
        assertThat(PinLikeNumbers.in("BIEN 4821").withholding(Set.of())).isEqualTo("BIEN 4821");
        assertThat(PinLikeNumbers.in("BIEN 4821").toString()).doesNotContain("4821");
    }
}
