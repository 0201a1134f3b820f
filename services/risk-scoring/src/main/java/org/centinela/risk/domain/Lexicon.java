package org.centinela.risk.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and phrases of one language that raise a signal's score.
 *
 * <h2>How a phrase is found in a text</h2>
 * <ol>
 * <li>Text and phrase are cut into words the same way ({@link Words}): lowercase, accents and other
 *     marks dropped ("Policía" → "policia", "ñ" → "n"), apostrophes dropped ("men's" → "mens"), and
 *     everything that is not a letter or a digit — spaces, punctuation, emoji — separates words.</li>
 * <li>Each word is reduced to its stem by the language's suffix-stripping stemmer ({@link Stemmer}):
 *     "amenazaron", "amenazas", "amenazó" and "amenaza" all become "amenaz"; "following" and
 *     "followed" become "follow". Languages without a stemmer (an Indigenous language, say) are
 *     matched on the folded words alone, so list each form there.</li>
 * <li>A phrase matches where its stems appear one right after the other in the text: "hombres
 *     armados" matches "unos hombres armadas" and "HOMBRE ARMADO", not "hombres muy armados".</li>
 * <li>Each entry counts once per signal, however often it appears, and every entry that matches
 *     counts, overlapping or not ("amenaza" and "amenaza de muerte" both count in "amenazas de
 *     muerte"). Longest-match-only would let a new, weaker phrase hide a stronger one.</li>
 * <li>Every lexicon of the model reads the text, and only the one that finds the most points counts
 *     (see {@link RiskScorer}): a word and its translation never count twice.</li>
 * </ol>
 *
 * <p>Two entries of one lexicon that reduce to the same stems ("amenaza" and "amenazas") would
 * count one word twice: the model refuses them.
 *
 * @param entries at most {@value #MAX_ENTRIES}, in the order their factors are listed
 */
public record Lexicon(List<LexiconEntry> entries) {

    public static final int MAX_ENTRIES = 500;

    public Lexicon {
        entries = ModelRules.listOf(entries, MAX_ENTRIES, "lexicon.entries");
    }

    /** A lexicon of these entries. */
    public static Lexicon of(LexiconEntry... entries) {
        return new Lexicon(List.of(entries));
    }

    /** This lexicon with {@code entry} added at its end. */
    public Lexicon plus(LexiconEntry entry) {
        List<LexiconEntry> more = new ArrayList<>(entries);
        more.add(entry);
        return new Lexicon(more);
    }
}
