package org.centinela.console.domain.risk;

import java.util.Objects;

/** A word or phrase that raises a signal's score when its text says it, and by how many points. */
public record LexiconEntry(String phrase, int weight) {

    public LexiconEntry {
        Objects.requireNonNull(phrase, "phrase");
    }
}
