package org.centinela.risk.domain;

/**
 * A signal's folded words as one language's stemmer sees them. A word is stemmed the first time a
 * phrase asks for it, and only once.
 */
final class StemmedText {

    private final String[] words;
    private final String[] stems;
    private final Stemmer stemmer;

    StemmedText(String[] words, Stemmer stemmer) {
        this.words = words;
        this.stems = new String[words.length];
        this.stemmer = stemmer;
    }

    int size() {
        return words.length;
    }

    String stemAt(int index) {
        String stem = stems[index];
        if (stem == null) {
            stem = stemmer.stem(words[index]);
            stems[index] = stem;
        }
        return stem;
    }
}
