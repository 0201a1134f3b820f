package org.centinela.problem;

import org.centinela.contracts.StorableText;

/**
 * The characters no text of a request may carry: NUL (U+0000), which PostgreSQL refuses in any text and which no
 * person types, and a lone UTF-16 surrogate (a high one not followed by a low one, or a low one on its own), which
 * has no UTF-8 form and so can be neither stored nor written to a topic.
 */
public final class ForbiddenCharacters {

    /** What a refusal says about the value, never quoting it. */
    public static final String RULE = "must not contain a NUL character or a lone surrogate";

    private ForbiddenCharacters() {
    }

    /** Whether {@code text} has a NUL or a lone surrogate; null has neither. */
    public static boolean foundIn(CharSequence text) {
        return !StorableText.isStorable(text);
    }
}
