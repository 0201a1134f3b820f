package org.centinela.notification.domain;

/**
 * Her words made to fit a message: on one line, and cut to a number of characters (code points, so that an emoji
 * is never split) at a word's end when one is near, with an ellipsis that says something was left out.
 */
public final class Excerpt {

    /** How far back from the cut a word's end is looked for. */
    private static final int WORD_END_WITHIN = 12;
    public static final String ELLIPSIS = "\u2026";

    private Excerpt() {
    }

    /** {@code text} on one line: every run of white space (new lines too) becomes one space. */
    public static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\s+", " ").strip();
    }

    /**
     * The first {@code codePoints} characters of {@code text}, cut back to the end of a word within a few
     * characters, then {@link #ELLIPSIS}; {@code text} itself when it is not longer; empty for 0.
     */
    public static String cut(String text, int codePoints) {
        int length = text.codePointCount(0, text.length());
        if (codePoints >= length) {
            return text;
        }
        if (codePoints <= 0) {
            return "";
        }
        String kept = text.substring(0, text.offsetByCodePoints(0, codePoints));
        int space = kept.lastIndexOf(' ');
        if (space > 0 && kept.codePointCount(space, kept.length()) <= WORD_END_WITHIN) {
            kept = kept.substring(0, space);
        }
        return kept.stripTrailing() + ELLIPSIS;
    }
}
