package org.centinela.risk.domain;

/**
 * Reduces a folded word ({@link Words}) to its stem, so that the forms of one word match each other.
 * The same stemmer reads a lexicon's phrases and the signal texts, so whatever it does, it does to both.
 */
interface Stemmer {

    /** Leaves words as they are: for languages without a stemmer here. */
    Stemmer NONE = word -> word;

    String stem(String foldedWord);

    /** The stemmer of a language code: Spanish ("es") and English ("en"), otherwise {@link #NONE}. */
    static Stemmer forLanguage(String language) {
        return switch (language) {
            case "es" -> SpanishStemmer.INSTANCE;
            case "en" -> EnglishStemmer.INSTANCE;
            default -> NONE;
        };
    }

    /** Whether {@code word} is made of the letters a to z only (no digits, no other alphabet). */
    static boolean isPlainLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
