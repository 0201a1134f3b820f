package org.centinela.risk.domain;

import java.util.Arrays;
import java.util.List;
import org.centinela.contracts.signal.RiskFactor;

/** A lexicon entry made ready to be found: its stems, and the factor it gives when found. */
final class Phrase {

    private final String[] stems;
    private final RiskFactor factor;

    Phrase(LexiconEntry entry, Stemmer stemmer) {
        this.stems = stems(entry.phrase(), stemmer).toArray(new String[0]);
        this.factor = new RiskFactor(entry.code(), entry.weight(),
                "keyword '" + entry.phrase() + "' (" + Contribution.signed(entry.weight()) + ")", List.of(entry.phrase()));
    }

    /** The stems of the folded words of {@code phrase}. */
    static List<String> stems(String phrase, Stemmer stemmer) {
        return Arrays.stream(Words.split(phrase)).map(stemmer::stem).toList();
    }

    String firstStem() {
        return stems[0];
    }

    int weight() {
        return factor.contribution();
    }

    RiskFactor factor() {
        return factor;
    }

    /** Whether the text's stems, from {@code start} on, begin with this phrase's stems. */
    boolean occursAt(StemmedText text, int start) {
        if (start + stems.length > text.size()) {
            return false;
        }
        for (int k = 0; k < stems.length; k++) {
            if (!stems[k].equals(text.stemAt(start + k))) {
                return false;
            }
        }
        return true;
    }
}
