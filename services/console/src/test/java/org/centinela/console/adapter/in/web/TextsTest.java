package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextsTest {

    /** A word missing in English would show the Spanish one: the services' codes are said in both. */
    @ParameterizedTest
    @ValueSource(strings = {"rule.", "factor."})
    void everyCodeOfAServiceIsWordedInBothLanguages(String prefix) throws IOException {
        assertThat(keys("es", prefix)).isNotEmpty().isEqualTo(keys("en", prefix));
    }

    /** A word missing in one language would show the Spanish one, or the key: every word is in both. */
    @Test
    void everyWordOfTheConsoleIsInBothLanguages() throws IOException {
        assertThat(keys("en", "")).isEqualTo(keys("es", ""));
    }

    private static Set<String> keys(String language, String prefix) throws IOException {
        Properties words = new Properties();
        try (InputStream in = TextsTest.class.getResourceAsStream("/i18n/" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return words.stringPropertyNames().stream().filter(key -> key.startsWith(prefix)).collect(Collectors.toSet());
    }
}
