package org.centinela.contracts;

/**
 * A text as it can be kept and sent on: without NUL (U+0000), which PostgreSQL refuses in any text, and with each lone
 * UTF-16 surrogate, which has no UTF-8 form, replaced by U+FFFD. Nothing a person types contains either; an SMS that
 * does is still an SMS of hers, so intake cleans it, never refuses it, and escalation cleans free text from a topic
 * the same way before it stores it; the HTTP APIs refuse such text outright (problem-details).
 */
public final class StorableText {

    static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    /** {@code text} without NUL and with its lone surrogates replaced; null stays null. */
    public static String of(String text) {
        if (isStorable(text)) {
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

    /** Whether {@code text} has neither a NUL nor a lone surrogate; null has neither. */
    public static boolean isStorable(CharSequence text) {
        if (text == null) {
            return true;
        }
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
