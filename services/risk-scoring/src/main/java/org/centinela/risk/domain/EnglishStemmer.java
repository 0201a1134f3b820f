package org.centinela.risk.domain;

import java.util.Map;

/**
 * A light suffix-stripping stemmer for English, after the first step of Porter's: on a folded word of
 * the letters a–z (others are left as they are), in this order:
 *
 * <ol>
 * <li>Words of at most three letters are left as they are, but for the changed forms below.</li>
 * <li>Plural: "-sses" → "-ss", "-ies" → "-y" (in words of five letters or more), otherwise a final "s"
 *     goes unless the word ends in "ss", "us" or "is".</li>
 * <li>Past and gerund: "-ingly", "-edly", "-ing" or "-ed" goes if at least three letters with a vowel
 *     remain; then a doubled final consonant other than l, s, z is undoubled ("kidnapped" →
 *     "kidnap").</li>
 * <li>A final "e" goes from words of four letters or more, so "rape", "raped" and "raping" meet at
 *     "rap".</li>
 * <li>A few changed forms are folded into one: "men" → "man", "women" → "woman", "shot" → "shoot",
 *     "beaten" → "beat", "burnt" → "burn", "threaten" → "threat" (so "threatened" meets "threat"),
 *     "kniv" → "knif".</li>
 * </ol>
 */
final class EnglishStemmer implements Stemmer {

    static final EnglishStemmer INSTANCE = new EnglishStemmer();

    private static final int MIN_STEM = 3;
    private static final String[] PAST_AND_GERUND = {"ingly", "edly", "ing", "ed"};
    private static final Map<String, String> CHANGED_FORMS = Map.of(
            "men", "man",
            "women", "woman",
            "shot", "shoot",
            "beaten", "beat",
            "burnt", "burn",
            "threaten", "threat",
            "kniv", "knif");

    private EnglishStemmer() {
    }

    @Override
    public String stem(String word) {
        if (!Stemmer.isPlainLetters(word)) {
            return word;
        }
        if (word.length() <= MIN_STEM) {
            return CHANGED_FORMS.getOrDefault(word, word);
        }
        String stem = withoutPlural(word);
        stem = withoutPastOrGerund(stem);
        if (stem.length() >= 4 && stem.endsWith("e")) {
            stem = stem.substring(0, stem.length() - 1);
        }
        return CHANGED_FORMS.getOrDefault(stem, stem);
    }

    private static String withoutPlural(String word) {
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ies") && word.length() >= 5) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String withoutPastOrGerund(String word) {
        for (String suffix : PAST_AND_GERUND) {
            if (word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                if (stem.length() >= MIN_STEM && hasVowel(stem)) {
                    return undoubled(stem);
                }
                return word;
            }
        }
        return word;
    }

    private static String undoubled(String stem) {
        int n = stem.length();
        char last = stem.charAt(n - 1);
        if (last == stem.charAt(n - 2) && !isVowel(last) && last != 'l' && last != 's' && last != 'z') {
            return stem.substring(0, n - 1);
        }
        return stem;
    }

    private static boolean hasVowel(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (isVowel(stem.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
