package org.centinela.escalation.adapter.out.persistence;

/**
 * Free text from a topic as PostgreSQL can hold it: a NUL, which no {@code text} column takes (the insert fails, and
 * the event would end on its dead-letter topic), becomes U+FFFD, the replacement character. Her words are kept with
 * that one character marked unreadable rather than lost; the APIs refuse a NUL outright instead.
 */
final class StorableText {

    private static final char NUL = '\u0000';
    private static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    static String of(String text) {
        return text == null ? null : text.replace(NUL, REPLACEMENT);
    }
}
