package org.centinela.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForbiddenCharactersTest {

    @Test
    void aNulAnywhereIsForbidden() {
        assertThat(ForbiddenCharacters.foundIn("\u0000")).isTrue();
        assertThat(ForbiddenCharacters.foundIn("hombres\u0000armados")).isTrue();
    }

    @Test
    void aSurrogateWithoutItsPairIsForbidden() {
        assertThat(ForbiddenCharacters.foundIn("Zona \ud800")).as("a high one at the end").isTrue();
        assertThat(ForbiddenCharacters.foundIn("\ud800x")).as("a high one before another character").isTrue();
        assertThat(ForbiddenCharacters.foundIn("x\udc00")).as("a low one alone").isTrue();
        assertThat(ForbiddenCharacters.foundIn("\udc00\ud800")).as("a pair in the wrong order").isTrue();
    }

    @Test
    void textAsPeopleWriteItIsAllowed() {
        assertThat(ForbiddenCharacters.foundIn("Nos amenazaron, ¡ayuda! \ud83c\udd98 \t\r\n")).isFalse();
        assertThat(ForbiddenCharacters.foundIn("")).isFalse();
        assertThat(ForbiddenCharacters.foundIn(null)).isFalse();
    }
}
