package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmsTextTest {

    @ParameterizedTest(name = "{0} GSM-7 characters → {1} segments")
    @CsvSource({"1, 1", "160, 1", "161, 2", "306, 2", "307, 3", "459, 3", "460, 4"})
    void gsm7TextCosts160ASegmentAloneAnd153Concatenated(int length, int segments) {
        SmsText text = new SmsText("a".repeat(length));

        assertThat(text.encoding()).isEqualTo(SmsText.Encoding.GSM_7);
        assertThat(text.segments()).isEqualTo(segments);
    }

    @ParameterizedTest(name = "{0} UCS-2 characters → {1} segments")
    @CsvSource({"1, 1", "70, 1", "71, 2", "134, 2", "135, 3"})
    void oneSpanishAccentMakesTheWholeTextUcs2At70ASegmentAnd67Concatenated(int length, int segments) {
        SmsText text = new SmsText("á" + "a".repeat(length - 1));

        assertThat(text.encoding()).isEqualTo(SmsText.Encoding.UCS_2);
        assertThat(text.segments()).isEqualTo(segments);
    }

    @Test
    void theExtensionCharactersCountTwice() {
        assertThat(new SmsText("€".repeat(80)).segments()).isEqualTo(1);
        assertThat(new SmsText("€".repeat(81)).segments()).isEqualTo(2);
        assertThat(new SmsText("[]{}".repeat(20)).encoding()).isEqualTo(SmsText.Encoding.GSM_7);
    }

    @Test
    void spanishHasGsm7LettersAndLettersThatAreNot() {
        assertThat(new SmsText("¿Qué pasó? ¡Niño, pingüino!").encoding()).isEqualTo(SmsText.Encoding.UCS_2);
        assertThat(new SmsText("¿Qué pasa? ¡Niño, pingüino!").encoding()).isEqualTo(SmsText.Encoding.GSM_7);
        assertThat(new SmsText("está").encoding()).isEqualTo(SmsText.Encoding.UCS_2);
    }

    @Test
    void transliterationKeepsWhatGsm7HasAndStripsOnlyTheAccentsItLacks() {
        SmsText gsm = new SmsText("CRÍTICA: ¿está Ana? ¡Atiende! Niño, pingüino, qué, Ó, ú, ç").toGsm7();

        assertThat(gsm.text()).isEqualTo("CRITICA: ¿esta Ana? ¡Atiende! Niño, pingüino, qué, O, u, c");
        assertThat(gsm.encoding()).isEqualTo(SmsText.Encoding.GSM_7);
    }

    @Test
    void transliterationReplacesTypographyAndWhatHasNoGsm7Form() {
        assertThat(new SmsText("“Sí” – ‘no’… 🙂 中").toGsm7().text()).isEqualTo("\"Si\" - 'no'... ? ?");
    }

    @Test
    void aTransliteratedAlertCostsFewerSegments() {
        SmsText alert = new SmsText("CENTINELA alerta CRÍTICA 482193771: una defensora necesita apoyo ya. "
                + "Responde OK 482193771 si atiendes, NO 482193771 si no puedes.");

        assertThat(alert.segments()).isEqualTo(2);
        assertThat(alert.toGsm7().segments()).isEqualTo(1);
    }

    @Test
    void itsDescriptionNeverShowsTheText() {
        assertThat(new SmsText("Responde OK 4821").toString()).doesNotContain("Responde").contains("16 characters");
    }
}
