package org.centinela.console.domain.risk;

import java.util.List;

/** The words and phrases of one language that raise a score, in the order their factors are listed. */
public record Lexicon(List<LexiconEntry> entries) {

    public Lexicon {
        entries = List.copyOf(entries);
    }
}
