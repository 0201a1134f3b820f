package org.centinela.contracts.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
        assertThat(CodeWord.refusal(codeWord)).hasValueSatisfying(refusal -> {
            assertThat(refusal.code()).isEqualTo("code-word-command-with-digits");
            assertThat(refusal.rule()).contains("followed by digits");
        });
    }

    @ParameterizedTest(name = "''{0}'' is refused as {1}")
    @CsvSource(delimiter = '|', value = {
        "''            | code-word-no-letter           | ''    | must have a letter",
        "1234          | code-word-no-letter           | ''    | must have a letter",
        "dos palabras  | code-word-not-one-word        | ''    | must be one word: spaces, punctuation and symbols split it",
        "yo            | code-word-length              | 3, 40 | must have 3 to 40 letters or digits",
        "SOS           | code-word-command             | ''    | must not be a word of the SMS commands (SOS, AYUDA, BIEN, OK, VOY …)",
        "bien4821      | code-word-command-with-digits | ''    | must not be an SMS command followed by digits (it would be read as that command)"})
    void eachRefusalNamesItsRuleAsACodeWithItsArguments(String codeWord, String code, String args, String rule) {
        assertThat(CodeWord.refusal(codeWord)).contains(new CodeWord.Refusal(code,
                args.isEmpty() ? List.of() : List.of(args.split(", ")), rule));
    }

    @Test
    void aTooLongWordIsRefused() {
        assertThat(CodeWord.isUsable("a".repeat(CodeWord.MAX_LENGTH))).isTrue();
        assertThat(CodeWord.isUsable("a".repeat(CodeWord.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void aRefusalNeverQuotesTheWord() {
        for (String secret : new String[] {"dos palabras", "bien", "bien4821", "xy"}) {
            assertThat(CodeWord.refusal(secret)).hasValueSatisfying(refusal -> {
                assertThat(refusal.rule()).doesNotContain(secret);
                assertThat(refusal.args()).noneMatch(arg -> arg.contains(secret));
            });
        }
    }
}
