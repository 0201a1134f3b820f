package org.centinela.escalation.domain.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LanguagesAndPhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"es", "en", "spa", "eng", "quc", "mam", "kek", "cak", "tzo", "yua", "cab", "miq", "nah"})
    void isoCodesOfTheRegionsLanguagesAreKnown(String code) {
        assertThat(Languages.isKnown(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ES", "Es", "xx", "zzz", "español", "es-GT", "e"})
    void anythingElseIsNot(String code) {
        assertThat(Languages.isKnown(code)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"55123456", "5512-3456", "+502 5512 3456", "(502) 5512 3456", "00502 5512 3456"})
    void guatemalanNumbersAreReadHoweverTheyAreWritten(String written) {
        assertThat(PhoneNumber.e164(written, "GT")).contains("+50255123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "5512", "+502 0000 0000", "not a number", "+1 555", "+999 12345678"})
    void whatIsNoValidNumberIsRefused(String written) {
        assertThat(PhoneNumber.e164(written, "GT")).isEmpty();
    }
}
