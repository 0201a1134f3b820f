package org.centinela.contracts.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CodeWordTest {

    @Test
    void seesWordsWithoutCaseAccentsPunctuationOrEmoji() {
        assertThat(CodeWord.normalise("¡¡Ayúda!! 🚨 Zona\u00A01,\ncalle Niño")).isEqualTo("ayuda zona 1 calle nino");
        assertThat(CodeWord.normalise("ＭＡＲＩＰＯＳＡ")).isEqualTo("mariposa");
        assertThat(CodeWord.normalise("  ")).isEmpty();
        assertThat(CodeWord.normalise(null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"mariposa", "Mariposa", "  Maripósa! ", "colibrí", "Quetzal7", "7quetzal", "ixim"})
    void aCodeWordIsOneWordOfItsOwn(String codeWord) {
        assertThat(CodeWord.refusal(codeWord)).isEmpty();
        assertThat(CodeWord.isUsable(codeWord)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "!!!", "1234", "dos palabras", "bien", "Estoy", "SOS", "ayudaaa", "voy", "ok",
            "ya", "reporte", "llegué", "check", "resuelto", "sí", "a", "yo"})
    void aCodeWordCannotBeAWordOfTheGrammarNorTooShort(String codeWord) {
        assertThat(CodeWord.isUsable(codeWord)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bien4821", "ok4821", "voy30", "sos7", "llegue1234"})
    void aCommandGluedToDigitsIsRefusedBecauseTheGrammarSplitsIt(String codeWord) {
        assertThat(CodeWord.refusal(codeWord)).hasValueSatisfying(rule -> assertThat(rule).contains("followed by digits"));
    }

    @Test
    void aTooLongWordIsRefused() {
        assertThat(CodeWord.isUsable("a".repeat(CodeWord.MAX_LENGTH))).isTrue();
        assertThat(CodeWord.isUsable("a".repeat(CodeWord.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void aRefusalNeverQuotesTheWord() {
        for (String secret : new String[] {"dos palabras", "bien", "bien4821", "xy"}) {
            assertThat(CodeWord.refusal(secret)).hasValueSatisfying(rule -> assertThat(rule).doesNotContain(secret));
        }
    }
}
