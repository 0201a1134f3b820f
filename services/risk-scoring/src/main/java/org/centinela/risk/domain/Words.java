package org.centinela.risk.domain;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text cut into folded words, the form in which lexicon phrases and signal texts are compared.
 *
 * <p>Folding: compatibility decomposition (NFKD: "é" → "e" + accent, full-width letters and ligatures
 * to their plain forms), combining marks and invisible format characters dropped, apostrophes
 * dropped ("don't" → "dont", "K'iche'" → "kiche"), lowercase. A word is a run of letters and digits;
 * anything else (spaces, punctuation, symbols, emoji) separates words.
 */
final class Words {

    private static final String[] NONE = new String[0];
    /** Folded forms of U+0000..U+024F (Latin-1 and Latin Extended): precomputed, they are most of the text. */
    private static final int TABLE_SIZE = 0x250;
    private static final String[] FOLDED = new String[TABLE_SIZE];
    /** ASCII letters and digits folded; 0 for everything else, looked up in {@link #FOLDED}. */
    private static final char[] ASCII = new char[0x80];
    /** A code point that separates words. */
    private static final String SEPARATOR = null;

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            FOLDED[c] = foldSlowly(c);
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ASCII[c] = c;
            ASCII[c - 'a' + 'A'] = c;
        }
        for (char c = '0'; c <= '9'; c++) {
            ASCII[c] = c;
        }
    }

    private Words() {
    }

    /** The folded words of {@code text}, in order; none for null or blank text. */
    static String[] split(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        int length = text.length();
        char[] folded = new char[length + 8];
        int[] bounds = new int[16]; // start and end of each word in folded
        int size = 0;
        int words = 0;
        int wordStart = -1;
        int i = 0;
        while (i < length) {
            char ch = text.charAt(i);
            String form;
            if (ch < 0x80) {
                i++;
                char plain = ASCII[ch];
                if (plain != 0) {
                    if (wordStart < 0) {
                        wordStart = size;
                    }
                    folded[size++] = plain;
                    continue;
                }
                form = FOLDED[ch];
            } else {
                int codePoint = text.codePointAt(i);
                i += Character.charCount(codePoint);
                form = codePoint < TABLE_SIZE ? FOLDED[codePoint] : foldSlowly(codePoint);
            }
            if (form == SEPARATOR) {
                if (wordStart >= 0 && size > wordStart) {
                    if (2 * words + 2 > bounds.length) {
                        bounds = Arrays.copyOf(bounds, bounds.length * 2);
                    }
                    bounds[2 * words] = wordStart;
                    bounds[2 * words + 1] = size;
                    words++;
                }
                wordStart = -1;
            } else if (!form.isEmpty()) {
                // Room for this form and one character for each character still to read.
                int needed = size + form.length() + (length - i);
                if (needed > folded.length) {
                    folded = Arrays.copyOf(folded, Math.max(needed, folded.length * 2));
                }
                if (wordStart < 0) {
                    wordStart = size;
                }
                form.getChars(0, form.length(), folded, size);
                size += form.length();
            }
        }
        String[] result = new String[words + (wordStart >= 0 && size > wordStart ? 1 : 0)];
        for (int w = 0; w < words; w++) {
            result[w] = new String(folded, bounds[2 * w], bounds[2 * w + 1] - bounds[2 * w]);
        }
        if (result.length > words) {
            result[words] = new String(folded, wordStart, size - wordStart);
        }
        return result;
    }

    /** The folded form of one code point: letters and digits, "" if it is dropped, or {@link #SEPARATOR}. */
    private static String foldSlowly(int codePoint) {
        if (isDropped(codePoint)) {
            return "";
        }
        if (!Character.isLetterOrDigit(codePoint)) {
            return SEPARATOR;
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(2);
        decomposed.codePoints().filter(c -> !isDropped(c)).forEach(c -> {
            int lower = Character.toLowerCase(c);
            if (lower != c && lower >= 0x80) {
                // A lowercase form may decompose further ("Ǆ" → "ǆ" → "dž"): fold it once more.
                Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFKD).codePoints()
                        .filter(d -> !isDropped(d)).map(Character::toLowerCase).forEach(folded::appendCodePoint);
            } else {
                folded.appendCodePoint(lower);
            }
        });
        for (int k = 0; k < folded.length(); k++) {
            if (!Character.isLetterOrDigit(folded.charAt(k)) && !Character.isSurrogate(folded.charAt(k))) {
                return SEPARATOR; // e.g. "½" → "1⁄2": a compatibility form that is not a word character
            }
        }
        return folded.toString();
    }

    /** Combining marks, invisible format characters and apostrophes: dropped, neither letters nor separators. */
    private static boolean isDropped(int codePoint) {
        if (codePoint == '\'' || codePoint == '\u2019' || codePoint == '\u02BC' || codePoint == '\u2018') {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }
}
