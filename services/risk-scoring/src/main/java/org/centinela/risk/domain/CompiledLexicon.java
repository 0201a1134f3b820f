package org.centinela.risk.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.centinela.contracts.signal.RiskFactor;

/**
 * One language's lexicon made ready to be searched: phrases indexed by their first stem, so that a
 * text is read once, word by word, whatever the number of entries.
 */
final class CompiledLexicon {

    private final Stemmer stemmer;
    private final List<Phrase> phrases;
    private final Map<String, int[]> phrasesByFirstStem;

    CompiledLexicon(String language, Lexicon lexicon) {
        this.stemmer = Stemmer.forLanguage(language);
        List<Phrase> compiled = new ArrayList<>(lexicon.entries().size());
        Map<String, List<Integer>> byFirstStem = new HashMap<>();
        for (LexiconEntry entry : lexicon.entries()) {
            Phrase phrase = new Phrase(entry, stemmer);
            byFirstStem.computeIfAbsent(phrase.firstStem(), stem -> new ArrayList<>()).add(compiled.size());
            compiled.add(phrase);
        }
        this.phrases = List.copyOf(compiled);
        Map<String, int[]> index = new HashMap<>(byFirstStem.size() * 2);
        byFirstStem.forEach((stem, positions) -> index.put(stem,
                positions.stream().mapToInt(Integer::intValue).toArray()));
        this.phrasesByFirstStem = index;
    }

    /** What this lexicon finds in {@code words}: each phrase once, in the lexicon's order. */
    Finding find(String[] words) {
        boolean[] found = new boolean[phrases.size()];
        if (found.length == 0) {
            return new Finding(found, 0);
        }
        int foundCount = 0;
        StemmedText text = new StemmedText(words, stemmer);
        for (int i = 0; i < words.length && foundCount < found.length; i++) {
            int[] candidates = phrasesByFirstStem.get(text.stemAt(i));
            if (candidates == null) {
                continue;
            }
            for (int candidate : candidates) {
                if (!found[candidate] && phrases.get(candidate).occursAt(text, i)) {
                    found[candidate] = true;
                    foundCount++;
                }
            }
        }
        return new Finding(found, foundCount);
    }

    /** The phrases of one lexicon found in one text. */
    final class Finding {
        private final boolean[] found;
        private final int count;
        private final int points;

        private Finding(boolean[] found, int count) {
            this.found = found;
            this.count = count;
            int sum = 0;
            for (int i = 0; i < found.length; i++) {
                if (found[i]) {
                    sum += phrases.get(i).weight();
                }
            }
            this.points = sum;
        }

        /** What the phrases found add together. */
        int points() {
            return points;
        }

        /** The factors of the phrases found that add something, in the lexicon's order. */
        void addFactorsTo(List<RiskFactor> factors) {
            if (count == 0) {
                return;
            }
            for (int i = 0; i < found.length; i++) {
                if (found[i] && phrases.get(i).weight() > 0) {
                    factors.add(phrases.get(i).factor());
                }
            }
        }
    }
}
