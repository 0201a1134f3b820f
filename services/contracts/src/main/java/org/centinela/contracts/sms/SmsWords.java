package org.centinela.contracts.sms;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An SMS cut into the words the grammar matches, each remembering where it ends in the original text
 * (so that free text after a keyword can be kept exactly as it was typed).
 *
 * <p>A word is a run of letters and digits after folding: compatibility decomposition (NFKD, which
 * also turns full-width letters, ligatures and non-breaking spaces into their plain forms), combining
 * marks and invisible format characters dropped, lowercase. Everything else — spaces of any kind,
 * punctuation, symbols, emoji — separates words. A word made of a keyword glued to digits
 * ("bien4821", "ok4821", "voy30") is split in two when its letters are one of {@code gluedKeywords}.
 *
 * <p>Shared by intake's SMS grammar, which reads messages with it, and by {@link CodeWord}, which gives
 * the normal form a defender's code word is hashed in: one folding for both, so a code word that the
 * directory accepted is the word the grammar sees.
 */
public final class SmsWords {

    /** A word as the grammar sees it; {@code end} is the offset in the original text just after it. */
    public record Word(String text, int end) {

        public boolean isSingleLetter() {
            return text.length() == 1 && Character.isLetter(text.charAt(0))
                    || text.length() == 2 && Character.isSurrogatePair(text.charAt(0), text.charAt(1))
                    && Character.isLetter(text.codePointAt(0));
        }

        public boolean isAsciiDigits() {
            if (text.isEmpty()) {
                return false;
            }
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            return true;
        }
    }

    private static final int SEPARATOR = -1;

    private final String original;
    private final List<Word> words;

    private SmsWords(String original, List<Word> words) {
        this.original = original;
        this.words = words;
    }

    /** Reads {@code text} (already bounded by the caller) into words. */
    public static SmsWords of(String text, Set<String> gluedKeywords) {
        List<Word> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentEnd = 0;
        int letterRunEnd = -1;      // in current: where the leading letters stop, if a digit follows them
        int letterRunEndOffset = -1; // in the original: where that digit starts
        boolean onlyLettersSoFar = true;
        int[] folded = new int[64];
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            int count = fold(codePoint, folded);
            for (int k = 0; k < count; k++) {
                int c = folded[k];
                if (c == SEPARATOR) {
                    if (current.length() > 0) {
                        addWord(words, current.toString(), currentEnd, letterRunEnd, letterRunEndOffset, gluedKeywords);
                        current.setLength(0);
                    }
                    letterRunEnd = -1;
                    onlyLettersSoFar = true;
                } else {
                    boolean digit = Character.isDigit(c);
                    if (digit && onlyLettersSoFar && current.length() > 0 && letterRunEnd < 0) {
                        letterRunEnd = current.length();
                        letterRunEndOffset = i;
                    }
                    if (digit) {
                        onlyLettersSoFar = false;
                    }
                    current.appendCodePoint(c);
                    currentEnd = next;
                }
            }
            i = next;
        }
        if (current.length() > 0) {
            addWord(words, current.toString(), currentEnd, letterRunEnd, letterRunEndOffset, gluedKeywords);
        }
        return new SmsWords(text, List.copyOf(words));
    }

    private static void addWord(List<Word> words, String word, int end, int letterRunEnd, int letterRunEndOffset,
            Set<String> gluedKeywords) {
        if (letterRunEnd > 0 && gluedKeywords.contains(word.substring(0, letterRunEnd))) {
            words.add(new Word(word.substring(0, letterRunEnd), letterRunEndOffset));
            words.add(new Word(word.substring(letterRunEnd), end));
        } else {
            words.add(new Word(word, end));
        }
    }

    /**
     * Folds one code point of the original text into {@code out}: letters and digits (lowercase, without
     * marks), or {@link #SEPARATOR}. Returns how many entries were written; 0 for what is ignored
     * (combining marks, format characters such as zero-width spaces and direction marks).
     */
    private static int fold(int codePoint, int[] out) {
        if (codePoint < 0x80) {
            if (codePoint >= 'A' && codePoint <= 'Z') {
                out[0] = codePoint + ('a' - 'A');
            } else if (codePoint >= 'a' && codePoint <= 'z' || codePoint >= '0' && codePoint <= '9') {
                out[0] = codePoint;
            } else {
                out[0] = SEPARATOR;
            }
            return 1;
        }
        if (isIgnorable(codePoint)) {
            return 0;
        }
        String decomposed = Character.isSurrogate((char) codePoint) && codePoint <= 0xFFFF
                ? String.valueOf((char) codePoint)
                : Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        int count = 0;
        for (int j = 0; j < decomposed.length() && count < out.length; ) {
            int c = decomposed.codePointAt(j);
            j += Character.charCount(c);
            if (isIgnorable(c)) {
                continue;
            }
            int lower = Character.toLowerCase(c);
            if (lower != c && lower >= 0x80) {
                // A lowercase form can itself decompose (rare); fold it once more so that folding is idempotent.
                String again = Normalizer.normalize(new String(Character.toChars(lower)), Normalizer.Form.NFKD);
                for (int m = 0; m < again.length() && count < out.length; ) {
                    int d = again.codePointAt(m);
                    m += Character.charCount(d);
                    if (!isIgnorable(d)) {
                        out[count++] = Character.isLetterOrDigit(d) ? Character.toLowerCase(d) : SEPARATOR;
                    }
                }
            } else {
                out[count++] = Character.isLetterOrDigit(lower) ? lower : SEPARATOR;
            }
        }
        return count;
    }

    /** Combining marks and invisible format characters: dropped, neither letters nor separators. */
    public static boolean isIgnorable(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.FORMAT;
    }

    public List<Word> all() {
        return words;
    }

    public int size() {
        return words.size();
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The word at {@code index}, or {@code null} past the end. */
    public Word at(int index) {
        return index < words.size() ? words.get(index) : null;
    }

    /** The word's text at {@code index}, or "" past the end. */
    public String textAt(int index) {
        return index < words.size() ? words.get(index).text() : "";
    }

    /** The original text itself. */
    public String original() {
        return original;
    }
}
