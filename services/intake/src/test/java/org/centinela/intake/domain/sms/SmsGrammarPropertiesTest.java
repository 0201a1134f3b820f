package org.centinela.intake.domain.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.centinela.contracts.sms.CodeWord;
import org.centinela.intake.domain.PinLikeNumbers;
import org.centinela.intake.domain.sms.SmsCommand.Acknowledge;
import org.centinela.intake.domain.sms.SmsCommand.Arrived;
import org.centinela.intake.domain.sms.SmsCommand.Decline;
import org.centinela.intake.domain.sms.SmsCommand.Panic;
import org.centinela.intake.domain.sms.SmsCommand.Report;
import org.centinela.intake.domain.sms.SmsCommand.Resolve;
import org.centinela.intake.domain.sms.SmsCommand.Safe;
import org.centinela.intake.domain.sms.SmsCommand.StartCheckIn;
import org.centinela.intake.domain.sms.SmsCommand.Unrecognised;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Properties of the SMS grammar over generated texts: arbitrary Unicode (lone surrogates, combining marks,
 * format characters, very long strings) and SMS-like texts assembled from the grammar's own words.
 *
 * <p>Every run draws a new seed; a failure names it. Replay one with
 * {@code -Dcentinela.sms.seed=<seed>}, and try harder with {@code -Dcentinela.sms.tries=<n>}.
 */
class SmsGrammarPropertiesTest {

    private static final long SEED = Long.getLong("centinela.sms.seed", new SplittableRandom().nextLong());
    private static final int TRIES = Integer.getInteger("centinela.sms.tries", 1000);

    private static final List<Predicate<String>> CODE_WORD_CHECKS = Arrays.asList(
            word -> true, word -> false, null, word -> {
                throw new IllegalStateException("directory unavailable");
            });
    private static final List<SenderKind> SENDERS = Arrays.asList(SenderKind.DEFENDER, SenderKind.RESPONDER,
            SenderKind.UNKNOWN, null);

    @Test
    @Timeout(120)
    void readingNeverThrowsOnArbitraryUnicode() {
        forAll(Texts::arbitrary, body -> {
            for (SenderKind sender : SENDERS) {
                for (Predicate<String> isCodeWord : CODE_WORD_CHECKS) {
                    assertThat(SmsGrammar.readOrFail(body, sender, isCodeWord)).isNotNull();
                    assertThat(SmsGrammar.read(body, sender, isCodeWord)).isNotNull();
                }
            }
        });
    }

    @Test
    @Timeout(120)
    void readingNeverThrowsOnSmsLikeTexts() {
        forAll(Texts::smsLike, body -> {
            for (SenderKind sender : SENDERS) {
                for (Predicate<String> isCodeWord : CODE_WORD_CHECKS) {
                    assertThat(SmsGrammar.readOrFail(body, sender, isCodeWord)).isNotNull();
                }
            }
        });
    }

    @Test
    @Timeout(120)
    void theFirstWordIsTheOneACodeWordIsLookedForInAndReadingItNeverThrows() {
        forAll(Texts::any, body -> {
            List<String> asked = new ArrayList<>();
            SmsGrammar.readOrFail(body, SenderKind.DEFENDER, word -> !asked.add(word));
            String firstWord = SmsGrammar.firstWord(body);
            asked.forEach(word -> assertThat(word).isEqualTo(firstWord));
            assertThat(firstWord).isEqualTo(CodeWord.normalise(firstWord)).doesNotContain(" ");
        });
    }

    @Test
    void normalisingIsIdempotent() {
        forAll(Texts::any, body -> {
            String once = CodeWord.normalise(body);
            assertThat(CodeWord.normalise(once)).isEqualTo(once);
        });
    }

    @Test
    void normalisedTextIsLowercaseWordsBetweenSingleSpaces() {
        forAll(Texts::any, body -> {
            String normalised = CodeWord.normalise(body);
            assertThat(normalised).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
            normalised.codePoints().forEach(c -> {
                assertThat(c == ' ' || Character.isLetterOrDigit(c)).as("U+%04X is a letter, digit or space", c).isTrue();
                assertThat(Character.toLowerCase(c)).as("U+%04X is lowercase", c).isEqualTo(c);
                assertThat(Character.getType(c)).as("U+%04X is no mark", c)
                        .isNotIn((int) Character.NON_SPACING_MARK, (int) Character.ENCLOSING_MARK,
                                (int) Character.COMBINING_SPACING_MARK);
            });
        });
    }

    @Test
    void eachSenderOnlyGetsHerOwnCommands() {
        forAll(Texts::any, body -> {
            for (Predicate<String> isCodeWord : CODE_WORD_CHECKS) {
                assertThat(SmsGrammar.readOrFail(body, SenderKind.DEFENDER, isCodeWord))
                        .isInstanceOfAny(Panic.class, Report.class, Safe.class, StartCheckIn.class,
                                Arrived.class, Unrecognised.class);
                assertThat(SmsGrammar.readOrFail(body, SenderKind.RESPONDER, isCodeWord))
                        .isInstanceOfAny(Acknowledge.class, Decline.class, Resolve.class, Unrecognised.class);
                assertThat(SmsGrammar.readOrFail(body, SenderKind.UNKNOWN, isCodeWord))
                        .isInstanceOfAny(Panic.class, Unrecognised.class);
            }
        });
    }

    @Test
    void anUnknownNumberRaisesTheAlarmExactlyWhenADefenderWithoutCodeWordWould() {
        forAll(Texts::any, body -> {
            SmsCommand asUnknown = SmsGrammar.readOrFail(body, SenderKind.UNKNOWN, word -> true);
            SmsCommand asDefender = SmsGrammar.readOrFail(body, SenderKind.DEFENDER, word -> false);
            if (asDefender instanceof Panic) {
                assertThat(asUnknown).isEqualTo(asDefender);
            } else {
                assertThat(asUnknown).isInstanceOf(Unrecognised.class);
            }
        });
    }

    @Test
    void whenEveryWordIsHerCodeWordADefenderRaisesTheAlarmWithAnyWord() {
        forAll(Texts::shortAny, body -> {
            SmsCommand command = SmsGrammar.readOrFail(body, SenderKind.DEFENDER, word -> true);
            assertThat(command instanceof Panic).isEqualTo(!CodeWord.normalise(body).isEmpty());
        });
    }

    @Test
    void everyCodeWordTheDirectoryAcceptsIsReadAsHerPanic() {
        forAll(Texts::smsLike, body -> {
            String firstWord = CodeWord.normalise(body).split(" ")[0];
            for (String candidate : List.of(body.strip(), firstWord)) {
                if (CodeWord.isUsable(candidate)) {
                    assertThat(SmsGrammar.readOrFail(candidate, SenderKind.DEFENDER, CodeWord.normalise(candidate)::equals))
                            .as("code word accepted by the directory").isInstanceOf(Panic.class);
                }
            }
        });
    }

    @Test
    void theCodeWordCheckIsAskedAtMostOnceWithOneNormalisedWord() {
        forAll(Texts::any, body -> {
            List<String> asked = new ArrayList<>();
            SmsGrammar.readOrFail(body, SenderKind.DEFENDER, word -> asked.add(word) && false);
            assertThat(asked).hasSizeLessThanOrEqualTo(1);
            for (String word : asked) {
                assertThat(word).isNotEmpty().doesNotContain(" ").isEqualTo(CodeWord.normalise(word));
            }
            for (SenderKind other : Arrays.asList(SenderKind.RESPONDER, SenderKind.UNKNOWN, null)) {
                SmsGrammar.readOrFail(body, other, word -> asked.add(word));
            }
            assertThat(asked).hasSizeLessThanOrEqualTo(1);
        });
    }

    @Test
    void spacesAroundAMessageNeverChangeWhatItSays() {
        forAll(Texts::shortAny, (body, random) -> {
            String padded = Texts.spaces(random) + body + Texts.spaces(random);
            for (SenderKind sender : SENDERS) {
                assertThat(SmsGrammar.readOrFail(padded, sender, "mariposa"::equals))
                        .isEqualTo(SmsGrammar.readOrFail(body, sender, "mariposa"::equals));
            }
        });
    }

    @Test
    void caseNeverChangesWhatAMessageAsksFor() {
        forAll(Texts::smsLike, body -> {
            for (SenderKind sender : SENDERS) {
                SmsCommand lower = SmsGrammar.readOrFail(body.toLowerCase(Locale.ROOT), sender, "mariposa"::equals);
                SmsCommand upper = SmsGrammar.readOrFail(body.toUpperCase(Locale.ROOT), sender, "mariposa"::equals);
                SmsCommand asTyped = SmsGrammar.readOrFail(body, sender, "mariposa"::equals);
                assertThat(meaning(upper)).isEqualTo(meaning(lower)).isEqualTo(meaning(asTyped));
            }
        });
    }

    @Test
    void accentsNeverChangeWhatAMessageAsksFor() {
        forAll(Texts::smsLike, body -> {
            String withoutAccents = Normalizer.normalize(body, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            for (SenderKind sender : SENDERS) {
                assertThat(meaning(SmsGrammar.readOrFail(withoutAccents, sender, "mariposa"::equals)))
                        .isEqualTo(meaning(SmsGrammar.readOrFail(body, sender, "mariposa"::equals)));
            }
        });
    }

    @Test
    void exclamationsAroundAMessageNeverChangeWhatItAsksFor() {
        forAll(Texts::smsLike, (body, random) -> {
            String shouted = Texts.pick(random, "¡¡", "¡", "!!! ", "*", "🚨", "\"", "... ") + body
                    + Texts.pick(random, "!!", "!", "?", "...", " 🙏", ".", "\"");
            for (SenderKind sender : SENDERS) {
                assertThat(meaning(SmsGrammar.readOrFail(shouted, sender, "mariposa"::equals)))
                        .isEqualTo(meaning(SmsGrammar.readOrFail(body, sender, "mariposa"::equals)));
            }
        });
    }

    @Test
    void keptTextIsPartOfTheMessageAsTyped() {
        forAll(Texts::any, body -> {
            for (SenderKind sender : SENDERS) {
                SmsCommand command = SmsGrammar.readOrFail(body, sender, "mariposa"::equals);
                String kept = command instanceof Panic panic ? panic.text()
                        : command instanceof Report report ? report.text()
                        : command instanceof Unrecognised unrecognised ? unrecognised.text() : "";
                assertThat(body).contains(kept);
                assertThat(kept.length()).isLessThanOrEqualTo(SmsGrammar.MAX_LENGTH);
                if (!kept.isEmpty()) {
                    assertThat(Character.isWhitespace(kept.codePointAt(0))).isFalse();
                    assertThat(Character.isWhitespace(kept.codePointBefore(kept.length()))).isFalse();
                }
            }
        });
    }

    @Test
    void aPinAfterItsKeywordIsAPinAttemptItsFirstNumberAndNeverPrinted() {
        forAll(Texts::smsLike, (body, random) -> {
            String pin = Texts.digits(random, 4 + random.nextInt(5));
            String message = Texts.pick(random, "BIEN ", "bien: ", "Estoy bien ", "SAFE ", "llegué ", "ARRIVED ",
                    "ya llegue ") + pin + " " + body;
            SmsCommand command = SmsGrammar.readOrFail(message, SenderKind.DEFENDER, word -> false);
            assertThat(command).isInstanceOfAny(Safe.class, Arrived.class);
            assertThat(command.toString()).doesNotContain(pin);
            assertThat(PinLikeNumbers.in(message).toCheck()).first().isEqualTo(pin);
        });
    }

    @Test
    void aTimerIsWhatWasAskedForOrNothing() {
        forAll(Texts::smsLike, (body, random) -> {
            int minutes = random.nextInt(3000) - 500;
            String message = Texts.pick(random, "VOY ", "voy en ", "CHECKIN ", "check in ", "Check-in: ") + minutes
                    + Texts.pick(random, "", " min", "min", " minutos", " m") + " nota " + body;
            SmsCommand command = SmsGrammar.readOrFail(message, SenderKind.DEFENDER, word -> false);
            if (Math.abs(minutes) >= 1 && Math.abs(minutes) <= 1440) {
                // "-30" reads as 30: the dash is punctuation.
                assertThat(command).isEqualTo(new StartCheckIn(Math.abs(minutes)));
            } else {
                assertThat(command).isInstanceOf(Unrecognised.class);
            }
        });
    }

    /** What a command asks for, without the free text it keeps (which keeps its case and accents). */
    private static String meaning(SmsCommand command) {
        if (command instanceof Panic) {
            return "Panic";
        }
        if (command instanceof Report) {
            return "Report";
        }
        if (command instanceof Unrecognised) {
            return "Unrecognised";
        }
        return command.toString();
    }

    private interface Property {
        void check(String body, SplittableRandom random);
    }

    private static void forAll(Function<SplittableRandom, String> texts, Consumer<String> property) {
        forAll(texts, (body, random) -> property.accept(body));
    }

    private static void forAll(Function<SplittableRandom, String> texts, Property property) {
        SplittableRandom random = new SplittableRandom(SEED);
        for (int i = 0; i < TRIES; i++) {
            String body = texts.apply(random);
            try {
                property.check(body, random);
            } catch (AssertionError | RuntimeException failure) {
                fail("Falsified on try " + i + " with -Dcentinela.sms.seed=" + SEED + " by " + Texts.escaped(body)
                        + "\n" + failure.getMessage(), failure);
            }
        }
    }

    /** Generated texts. */
    static final class Texts {

        private static final String[] GRAMMAR_WORDS = {
            "SOS", "sos", "Ayuda", "AYUDAAA", "ayúdame", "auxilio", "Socorro", "help", "s.o.s", "S O S", "mariposa",
            "Maripósa", "REPORTE", "report", "BIEN", "estoy bien", "Safe", "VOY", "voy en", "CHECKIN", "check in",
            "LLEGUÉ", "llegue", "ya llegué", "arrived", "OK", "ok", "O.K.", "1", "ACK", "Sí", "yes", "okey", "NO",
            "2", "RESUELTO", "resuelta", "resolved", "código", "alerta", "min", "minutos", "horas", "día", "segundos",
            "en", "in", "ya", "estoy", "check"
        };
        private static final String[] FREE_WORDS = {
            "me", "siguen", "zona", "calle", "mercado", "policía", "niño", "Cobán", "Ixcán", "camión", "gracias",
            "hola", "por", "favor", "casa", "amiga", "están", "aquí", "río", "ÑANDÚ", "árbol", "they", "took", "my",
            "phone", "please", "Ángela", "Tegucigalpa"
        };
        private static final String[] SEPARATORS = {
            " ", " ", " ", "  ", ", ", ": ", "\n", "\t", "\u00A0", ".", "-", "!", "¡", "?", "¿", "#", " 🚨 ", "...",
            "\u200B", ";", " / "
        };
        private static final String[] SPACES = {" ", "  ", "\n", "\t", "\r\n", "\u00A0", "\u2003", "\u3000", "\u200B"};
        private static final int[][] RANGES = {
            {0x20, 0x7E}, {0x00, 0x1F}, {0xA0, 0x24F}, {0x300, 0x36F}, {0x370, 0x52F}, {0x590, 0x6FF},
            {0x1E00, 0x1EFF}, {0x2000, 0x206F}, {0x20D0, 0x20FF}, {0xD800, 0xDFFF}, {0xFB00, 0xFDFF},
            {0xFE00, 0xFE0F}, {0xFF00, 0xFFEF}, {0xFFF0, 0xFFFF}, {0x1D400, 0x1D7FF}, {0x1F000, 0x1FAFF},
            {0xE0000, 0xE007F}, {0x0, 0x10FFFF}
        };

        private Texts() {
        }

        /** Sometimes arbitrary Unicode, sometimes SMS-like. */
        static String any(SplittableRandom random) {
            return random.nextBoolean() ? arbitrary(random) : smsLike(random);
        }

        /** As {@link #any}, short enough to be read whole. */
        static String shortAny(SplittableRandom random) {
            String text = any(random);
            return text.length() > 1500 ? text.substring(0, 1500) : text;
        }

        /** Any UTF-16 string: lone surrogates, marks without a base, format characters; now and then very long. */
        static String arbitrary(SplittableRandom random) {
            int shape = random.nextInt(100);
            if (shape < 3) {
                // A storm of combining marks on one letter.
                return pick(random, "S", "a", "", "1") + "\u0301\u0308\u20DD".repeat(random.nextInt(3000));
            }
            int length = shape < 8 ? 1000 + random.nextInt(200_000) : shape < 30 ? random.nextInt(3) : random.nextInt(40);
            StringBuilder text = new StringBuilder(length);
            while (text.length() < length) {
                if (random.nextInt(10) == 0) {
                    text.append(pick(random, GRAMMAR_WORDS)).append(pick(random, SEPARATORS));
                    continue;
                }
                int[] range = RANGES[random.nextInt(RANGES.length)];
                int codePoint = range[0] + random.nextInt(range[1] - range[0] + 1);
                if (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE) {
                    text.append((char) codePoint);
                } else {
                    text.appendCodePoint(codePoint);
                }
            }
            return text.toString();
        }

        /** Words of the grammar, free words, numbers and emoji between separators, in random case. */
        static String smsLike(SplittableRandom random) {
            int words = random.nextInt(7);
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) == 0) {
                text.append(pick(random, SEPARATORS));
            }
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    text.append(pick(random, SEPARATORS));
                }
                int kind = random.nextInt(10);
                if (kind < 4) {
                    text.append(randomCase(random, pick(random, GRAMMAR_WORDS)));
                } else if (kind < 7) {
                    text.append(digits(random, 1 + random.nextInt(10)));
                } else if (kind < 9) {
                    text.append(randomCase(random, pick(random, FREE_WORDS)));
                } else {
                    text.append(pick(random, "😀", "🆘", "👍", "1️⃣", "🇬🇹", "👩🏽‍⚖️"));
                }
            }
            return text.toString();
        }

        static String digits(SplittableRandom random, int count) {
            StringBuilder digits = new StringBuilder(count);
            for (int i = 0; i < count; i++) {
                digits.append((char) ('0' + random.nextInt(10)));
            }
            return digits.toString();
        }

        static String spaces(SplittableRandom random) {
            StringBuilder spaces = new StringBuilder();
            for (int i = random.nextInt(4); i > 0; i--) {
                spaces.append(pick(random, SPACES));
            }
            return spaces.toString();
        }

        static String pick(SplittableRandom random, String... choices) {
            return choices[random.nextInt(choices.length)];
        }

        private static String randomCase(SplittableRandom random, String word) {
            return switch (random.nextInt(3)) {
                case 0 -> word.toUpperCase(Locale.ROOT);
                case 1 -> word.toLowerCase(Locale.ROOT);
                default -> word;
            };
        }

        /** A text as a Java literal, shortened: what a failure shows. */
        static String escaped(String text) {
            StringBuilder shown = new StringBuilder("\"");
            int limit = Math.min(text.length(), 300);
            for (int i = 0; i < limit; i++) {
                char c = text.charAt(i);
                if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\') {
                    shown.append(c);
                } else {
                    shown.append(String.format("\\u%04X", (int) c));
                }
            }
            shown.append('"');
            if (text.length() > limit) {
                shown.append(" … (").append(text.length()).append(" chars)");
            }
            return shown.toString();
        }
    }

}
