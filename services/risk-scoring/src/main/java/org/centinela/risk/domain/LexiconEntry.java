package org.centinela.risk.domain;

import static org.centinela.risk.domain.ModelRules.present;
import static org.centinela.risk.domain.ModelRules.text;

/**
 * A word or phrase whose presence in a signal's text raises its score, and by how much.
 *
 * <p>The phrase is matched as its words, folded (case, accents and punctuation ignored) and stemmed
 * in the lexicon's language, appearing one after the other in the text: see {@link Lexicon}.
 *
 * @param phrase one to {@value #MAX_WORDS} words, at most {@value #MAX_PHRASE_LENGTH} characters
 * @param weight points it adds, 0..100 (required); it counts once per signal, however often it appears
 */
public record LexiconEntry(String phrase, Integer weight) {

    public static final int MAX_PHRASE_LENGTH = 80;
    public static final int MAX_WORDS = 8;
    /** A factor code is at most 64 characters, "keyword." included. */
    static final int MAX_CODE_NAME_LENGTH = 64 - "keyword.".length();

    public LexiconEntry {
        text(phrase, MAX_PHRASE_LENGTH, "lexiconEntry.phrase");
        String[] words = Words.split(phrase);
        if (words.length == 0) {
            throw new InvalidRiskModelException("lexiconEntry.phrase",
                    "must have a letter or a digit, was '" + phrase + "'", "no-letter-or-digit", phrase);
        }
        if (words.length > MAX_WORDS) {
            throw new InvalidRiskModelException("lexiconEntry.phrase",
                    "must have at most " + MAX_WORDS + " words, '" + phrase + "' has " + words.length,
                    "too-many-words", MAX_WORDS, phrase, words.length);
        }
        if (String.join("-", words).length() > MAX_CODE_NAME_LENGTH) {
            throw new InvalidRiskModelException("lexiconEntry.phrase",
                    "must be at most " + MAX_CODE_NAME_LENGTH + " characters once folded, '" + phrase + "' is longer",
                    "too-long-folded", MAX_CODE_NAME_LENGTH, phrase);
        }
        present(weight, "lexiconEntry.weight");
        if (weight < 0 || weight > ModelRules.MAX_WEIGHT) {
            throw new InvalidRiskModelException("lexiconEntry.weight",
                    "must be 0.." + ModelRules.MAX_WEIGHT + ", was " + weight + " (phrase '" + phrase + "')",
                    "out-of-range", 0, ModelRules.MAX_WEIGHT, weight);
        }
    }

    /** The factor code when it matches: {@code keyword.} and its folded words joined by dashes. */
    public String code() {
        return "keyword." + String.join("-", Words.split(phrase));
    }
}
