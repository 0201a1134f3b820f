package org.centinela.notification.domain;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The languages messages are written in, and which of them a person gets: her own when there are
 * templates in it (by its primary subtag: {@code es-GT} reads Spanish), otherwise the fallback.
 */
public record Languages(Set<String> available, String fallback) {

    public Languages {
        available = Set.copyOf(Objects.requireNonNull(available, "available must not be null"));
        if (!available.contains(fallback)) {
            throw new IllegalArgumentException("the fallback language must be one of " + available + ", was " + fallback);
        }
    }

    /** The language to write to someone who reads {@code language}. */
    public String forPerson(String language) {
        if (language == null || language.isBlank()) {
            return fallback;
        }
        String primary = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return available.contains(primary) ? primary : fallback;
    }
}
