package org.centinela.contracts.sms;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A defender's personal panic code word: an SMS from her that starts with it raises a panic, like SOS,
 * without saying so to whoever reads her phone. The directory (escalation) stores the keyed fingerprint
 * of its {@link #normalise normal form}, and intake's grammar asks whether the first word of a message,
 * in the same normal form, has that fingerprint: one normalisation for both, so the word she was given
 * is the word that is read. A word the grammar would read as something else is refused ({@link #refusal}).
 * Refusals never quote the word: it is a secret.
 */
public final class CodeWord {

    /** Letters and digits a code word has at least: a shorter one starts ordinary messages ("a", "yo"). */
    public static final int MIN_LENGTH = 3;
    /** Letters and digits a code word has at most. */
    public static final int MAX_LENGTH = 40;

    private CodeWord() {
    }

    /**
     * How the SMS grammar sees a text: its words (letters and digits, lowercase, without accents or
     * marks), separated by single spaces; punctuation, symbols, emoji and spaces of any kind separate
     * words. "¡¡Ayúda!! Zona 1" gives "ayuda zona 1". Idempotent; {@code null} gives "".
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder joined = new StringBuilder();
        for (SmsWords.Word word : SmsWords.of(text, Set.of()).all()) {
            if (joined.length() > 0) {
                joined.append(' ');
            }
            joined.append(word.text());
        }
        return joined.toString();
    }

    /**
     * Why a word cannot serve as a code word: a stable {@code code} (lowercase words joined by hyphens) with
     * its {@code args}, and the English {@code rule} that follows the field's name ("must be one word").
     * Never the word itself.
     */
    public record Refusal(String code, List<String> args, String rule) {

        public Refusal {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(rule, "rule");
            args = List.copyOf(args);
        }

        private static Optional<Refusal> of(String code, String rule, int... args) {
            return Optional.of(new Refusal(code, Arrays.stream(args).mapToObj(String::valueOf).toList(), rule));
        }
    }

    /**
     * Why {@code codeWord} cannot serve as a code word, or empty when it can: once normalised it is one word
     * of {@value #MIN_LENGTH} to {@value #MAX_LENGTH} letters or digits with at least one letter, not a word
     * of the grammar, and not a command glued to digits ("bien4821" is read as BIEN 4821).
     */
    public static Optional<Refusal> refusal(String codeWord) {
        String word = normalise(codeWord);
        if (word.isEmpty()) {
            return Refusal.of("code-word-no-letter", "must have a letter");
        }
        if (word.indexOf(' ') >= 0) {
            return Refusal.of("code-word-not-one-word", "must be one word: spaces, punctuation and symbols split it");
        }
        if (word.codePoints().noneMatch(Character::isLetter)) {
            return Refusal.of("code-word-no-letter", "must have a letter");
        }
        int length = word.codePointCount(0, word.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            return Refusal.of("code-word-length", "must have " + MIN_LENGTH + " to " + MAX_LENGTH + " letters or digits",
                    MIN_LENGTH, MAX_LENGTH);
        }
        if (SmsKeywords.RESERVED.contains(word) || SmsKeywords.isPanic(word)) {
            return Refusal.of("code-word-command", "must not be a word of the SMS commands (SOS, AYUDA, BIEN, OK, VOY …)");
        }
        if (SmsWords.of(word, SmsKeywords.GLUED).size() != 1) {
            return Refusal.of("code-word-command-with-digits",
                    "must not be an SMS command followed by digits (it would be read as that command)");
        }
        return Optional.empty();
    }

    /** Whether {@code codeWord} can serve as a code word: {@link #refusal} has nothing against it. */
    public static boolean isUsable(String codeWord) {
        return refusal(codeWord).isEmpty();
    }
}
