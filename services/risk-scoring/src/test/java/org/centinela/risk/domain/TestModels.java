package org.centinela.risk.domain;

import java.util.List;
import java.util.Map;

/** Small models for tests: every weight zero unless a test sets it, so a score shows one factor at a time. */
final class TestModels {

    static final Thresholds THRESHOLDS = new Thresholds(30, 55, 80);

    private TestModels() {
    }

    static Weights noWeights() {
        return new Weights(0, 0, 0, List.of(0, 0, 0, 0), 0, 0, 0, 0, 0);
    }

    /** Only keywords count: type bases, baseline, history and zones weigh nothing. */
    static RiskModel keywordsOnly(Lexicon spanish, Lexicon english) {
        return new RiskModel(1, noWeights(), Map.of("es", spanish, "en", english), List.of(), THRESHOLDS);
    }

    static RiskModel spanishOnly(LexiconEntry... entries) {
        return keywordsOnly(Lexicon.of(entries), Lexicon.of());
    }

    static RiskModel englishOnly(LexiconEntry... entries) {
        return keywordsOnly(Lexicon.of(), Lexicon.of(entries));
    }

    /** The stem {@code language}'s stemmer gives the first folded word of {@code word}. */
    static String stem(String language, String word) {
        return Stemmer.forLanguage(language).stem(Words.split(word)[0]);
    }
}
