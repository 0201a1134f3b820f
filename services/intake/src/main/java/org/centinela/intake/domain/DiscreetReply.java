package org.centinela.intake.domain;

import java.util.Locale;
import java.util.Map;

/**
 * The only SMS reply intake ever sends a defender: a neutral acknowledgement in her language that
 * tells someone holding her phone nothing — not that an alert exists, not whether a PIN was right.
 */
public final class DiscreetReply {

    private static final Map<String, String> BY_LANGUAGE = Map.of(
            "es", "Recibido.",
            "en", "Received.");
    private static final String FALLBACK = "es";

    private DiscreetReply() {
    }

    /** The acknowledgement in {@code language} (its primary subtag), Spanish when there is none in it. */
    public static String in(String language) {
        String primary = language == null ? FALLBACK : language.toLowerCase(Locale.ROOT).split("-")[0];
        return BY_LANGUAGE.getOrDefault(primary, BY_LANGUAGE.get(FALLBACK));
    }
}
