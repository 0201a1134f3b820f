package org.centinela.console.adapter.in.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The console's words in Spanish and English ({@code i18n/es.properties}, {@code i18n/en.properties}).
 * Templates read them as {@code {t.key}}; a key missing in one language shows the Spanish text.
 */
@ApplicationScoped
public class Texts {

    public static final List<String> LANGUAGES = List.of("es", "en");
    public static final String DEFAULT = "es";

    private final Map<String, Map<String, String>> byLanguage = new TreeMap<>();

    public Texts() {
        Map<String, String> spanish = load(DEFAULT);
        byLanguage.put(DEFAULT, spanish);
        for (String language : LANGUAGES) {
            if (!language.equals(DEFAULT)) {
                Map<String, String> words = new TreeMap<>(spanish);
                words.putAll(load(language));
                byLanguage.put(language, words);
            }
        }
    }

    public Map<String, String> in(String language) {
        return byLanguage.getOrDefault(language, byLanguage.get(DEFAULT));
    }

    /** The language of a cookie if it names one we have, else the first of the browser's we have, else Spanish. */
    public static String choose(String cookie, List<Locale> browser) {
        if (cookie != null && LANGUAGES.contains(cookie)) {
            return cookie;
        }
        for (Locale locale : browser) {
            if (LANGUAGES.contains(locale.getLanguage())) {
                return locale.getLanguage();
            }
        }
        return DEFAULT;
    }

    private static Map<String, String> load(String language) {
        Properties properties = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/i18n/" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("i18n/" + language + ".properties is missing");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> words = new TreeMap<>();
        properties.forEach((k, v) -> words.put(k.toString(), v.toString()));
        return words;
    }
}
