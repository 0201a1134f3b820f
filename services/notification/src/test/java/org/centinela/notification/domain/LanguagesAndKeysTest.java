package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagesAndKeysTest {

    private final Languages languages = new Languages(Set.of("es", "en"), "es");

    @Test
    void sheReadsHerLanguageByItsPrimarySubtagOrTheFallback() {
        assertThat(languages.forPerson("en")).isEqualTo("en");
        assertThat(languages.forPerson("EN-us")).isEqualTo("en");
        assertThat(languages.forPerson("es-GT")).isEqualTo("es");
        assertThat(languages.forPerson("quc")).isEqualTo("es");
        assertThat(languages.forPerson(null)).isEqualTo("es");
        assertThatThrownBy(() -> new Languages(Set.of("en"), "es")).hasMessageContaining("fallback");
    }

    @Test
    void oneAcknowledgesTwoDeclinesNineRepeats() {
        assertThat(Keypress.of("1")).isEqualTo(Keypress.ACKNOWLEDGE);
        assertThat(Keypress.of(" 2 ")).isEqualTo(Keypress.DECLINE);
        assertThat(Keypress.of("9")).isEqualTo(Keypress.REPEAT);
        assertThat(Keypress.of("5")).isEqualTo(Keypress.OTHER);
        assertThat(Keypress.of("")).isEqualTo(Keypress.OTHER);
        assertThat(Keypress.of(null)).isEqualTo(Keypress.OTHER);
    }
}
