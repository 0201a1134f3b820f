package org.centinela.intake.domain;

/**
 * A text as it can be kept and sent on: without NUL (U+0000), which PostgreSQL refuses in any text, and with each lone
 * UTF-16 surrogate, which has no UTF-8 form, replaced by U+FFFD. Nothing a person types contains either; an SMS that
 * does is still an SMS of hers, so it is cleaned, never refused.
 */
public final class StorableText {

    static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    /** {@code text} without NUL and with its lone surrogates replaced; null stays null. */
    public static String of(String text) {
        if (text == null || isStorable(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else {
                kept.append(Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return kept.toString();
    }

    private static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 == text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
