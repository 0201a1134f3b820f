package org.centinela.intake.domain.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.centinela.contracts.sms.CodeWord;
import org.centinela.contracts.sms.SmsKeywords;
import org.centinela.contracts.sms.SmsWords;

/**
 * Reads an SMS into an {@link SmsCommand}, in Spanish and English, as people type on basic phones.
 *
 * <p>Case, accents, punctuation, symbols, emoji and extra spaces (new lines, tabs, non-breaking spaces)
 * do not matter: "¡¡Ayúda!!", "s.o.s", "S O S" and "  sos, zona 1" all read as a panic. The keyword is
 * always the first word; free text after it is kept as typed. What a sender may ask for depends on who
 * she is:
 * <ul>
 *   <li>{@link SenderKind#DEFENDER}: panic (SOS, AYUDA, AUXILIO, HELP, SOCORRO, AYÚDAME, AYÚDENME, or her code
 *       word), REPORTE/REPORT, BIEN/ESTOY BIEN/SAFE &lt;numbers&gt;, VOY/CHECKIN &lt;minutes&gt;,
 *       LLEGUÉ/YA LLEGUÉ/ARRIVED &lt;numbers&gt; (her PIN among the numbers, or mistyped);</li>
 *   <li>{@link SenderKind#RESPONDER}: OK/1/ACK/SI/YES/OKEY/OKAY [code], NO/2 [code],
 *       RESUELTO/RESUELTA/RESOLVED &lt;code&gt;;</li>
 *   <li>{@link SenderKind#UNKNOWN}: a panic keyword only.</li>
 * </ul>
 * Anything else is {@link SmsCommand.Unrecognised}. Panic keywords forgive repeated letters ("AYUDAAA",
 * "sooos"): a missed alarm is worse than a false one. Acknowledgements do not ("okkk" is not read): a
 * false acknowledgement would silence the network.
 *
 * <p>The words of the grammar ({@link SmsKeywords}) and how a text is cut into words ({@link SmsWords}) live
 * in the contracts, which the directory uses to refuse a code word this grammar would never read as one.
 *
 * <p>Reading never throws and its work is bounded: only the first {@link #MAX_LENGTH} characters are read,
 * in one pass, without regular expressions.
 */
public final class SmsGrammar {

    /** Characters read from a message: the longest SMS Twilio delivers (10 concatenated segments). */
    public static final int MAX_LENGTH = 1600;

    /** Letters spelled one by one ("S O S", "s.o.s.") that are joined to find a keyword. */
    private static final int MAX_SPELLED_LETTERS = 12;

    private static final Set<String> MINUTE_UNITS = Set.of("m", "min", "mins", "minuto", "minutos", "minute", "minutes");
    private static final Set<String> HOUR_UNITS = Set.of("h", "hr", "hrs", "hora", "horas", "hour", "hours");
    private static final Set<String> DAY_UNITS = Set.of("dia", "dias", "day", "days");
    /** Units a timer cannot be given in: "VOY 30 SEGUNDOS" must not start a 30-minute timer. */
    private static final Set<String> REFUSED_UNITS = Set.of("s", "seg", "segs", "segundo", "segundos", "sec", "secs",
            "second", "seconds", "semana", "semanas", "week", "weeks", "mes", "meses", "month", "months");

    private SmsGrammar() {
    }

    /**
     * Reads an SMS. Never throws, whatever the input.
     *
     * @param body the message as received; {@code null} reads as ""
     * @param sender who is writing; {@code null} reads as {@link SenderKind#UNKNOWN}
     * @param isCodeWord for a defender only: whether this normalised first word (lowercase, no accents, no
     *        punctuation, as {@link CodeWord#normalise(String)} gives it) is her personal code word. Asked at most once,
     *        and only when the message starts with no panic keyword; {@code null} or an exception reads as "no"
     */
    public static SmsCommand read(String body, SenderKind sender, Predicate<String> isCodeWord) {
        String text = bound(body);
        try {
            return readBounded(text, sender, isCodeWord);
        } catch (RuntimeException defect) {
            // A defect in reading must never lose a message: whatever it was, it reaches the service.
            return new SmsCommand.Unrecognised(trim(text));
        }
    }

    /**
     * The first word of an SMS as {@link #read} sees it, in the normal form of {@link CodeWord#normalise(String)}: the
     * word that a code word is looked for in ("¡¡Tulipán!! me quitaron el teléfono" gives "tulipan"); "" when it has
     * none.
     */
    public static String firstWord(String body) {
        SmsWords words = SmsWords.of(bound(body), SmsKeywords.GLUED);
        return words.isEmpty() ? "" : words.textAt(0);
    }

    /** {@link #read}, but letting a defect of the grammar surface: the tests use it to find such defects. */
    static SmsCommand readOrFail(String body, SenderKind sender, Predicate<String> isCodeWord) {
        return readBounded(bound(body), sender, isCodeWord);
    }

    private static SmsCommand readBounded(String text, SenderKind sender, Predicate<String> isCodeWord) {
        SmsWords words = SmsWords.of(text, SmsKeywords.GLUED);
        if (words.isEmpty()) {
            return new SmsCommand.Unrecognised(trim(text));
        }
        List<Head> heads = heads(words);
        SenderKind who = sender == null ? SenderKind.UNKNOWN : sender;
        return switch (who) {
            case DEFENDER -> fromDefender(words, heads, isCodeWord);
            case RESPONDER -> fromResponder(words, heads);
            case UNKNOWN -> panic(words, heads).orElseGet(() -> unrecognised(words));
        };
    }

    /**
     * The first word of the message, and before it the letters spelled one by one at its start joined
     * together ("S O S" → "sos"), longest first.
     *
     * @param word the word
     * @param next the index of the word after it
     * @param end where it ends in the original text
     */
    private record Head(String word, int next, int end) {
    }

    private static List<Head> heads(SmsWords words) {
        List<Head> heads = new ArrayList<>();
        int spelled = 0;
        while (spelled < MAX_SPELLED_LETTERS && spelled < words.size() && words.at(spelled).isSingleLetter()) {
            spelled++;
        }
        for (int count = spelled; count >= 2; count--) {
            StringBuilder joined = new StringBuilder();
            for (int i = 0; i < count; i++) {
                joined.append(words.textAt(i));
            }
            heads.add(new Head(joined.toString(), count, words.at(count - 1).end()));
        }
        heads.add(new Head(words.textAt(0), 1, words.at(0).end()));
        return heads;
    }

    private static Optional<SmsCommand> panic(SmsWords words, List<Head> heads) {
        for (Head head : heads) {
            if (SmsKeywords.isPanic(head.word())) {
                return Optional.of(new SmsCommand.Panic(textAfter(words.original(), head.end())));
            }
        }
        return Optional.empty();
    }

    private static SmsCommand fromDefender(SmsWords words, List<Head> heads, Predicate<String> isCodeWord) {
        Optional<SmsCommand> panic = panic(words, heads);
        if (panic.isPresent()) {
            return panic.get();
        }
        if (isCodeWord(isCodeWord, words.textAt(0))) {
            return new SmsCommand.Panic(textAfter(words.original(), words.at(0).end()));
        }
        for (Head head : heads) {
            SmsCommand command = defenderCommand(words, head);
            if (command != null) {
                return command;
            }
        }
        return unrecognised(words);
    }

    private static boolean isCodeWord(Predicate<String> isCodeWord, String firstWord) {
        if (isCodeWord == null) {
            return false;
        }
        try {
            return isCodeWord.test(firstWord);
        } catch (RuntimeException failure) {
            return false;
        }
    }

    /** The command that {@code head} starts, {@link SmsCommand.Unrecognised} if its argument is wrong, or null. */
    private static SmsCommand defenderCommand(SmsWords words, Head head) {
        String word = head.word();
        int next = head.next();
        if (SmsKeywords.REPORT.contains(word)) {
            return new SmsCommand.Report(textAfter(words.original(), head.end()));
        }
        if (SmsKeywords.SAFE.contains(word)) {
            return pinAttempt(words, next, new SmsCommand.Safe());
        }
        if (SmsKeywords.ESTOY.equals(word) && SmsKeywords.SAFE.contains(words.textAt(next))) {
            return pinAttempt(words, next + 1, new SmsCommand.Safe());
        }
        if (SmsKeywords.ARRIVED.contains(word)) {
            return pinAttempt(words, next, new SmsCommand.Arrived());
        }
        if (SmsKeywords.YA.equals(word) && SmsKeywords.ARRIVED.contains(words.textAt(next))) {
            return pinAttempt(words, next + 1, new SmsCommand.Arrived());
        }
        if (SmsKeywords.CHECK_IN.contains(word)) {
            return checkIn(words, next);
        }
        if (SmsKeywords.CHECK.equals(word) && "in".equals(words.textAt(next))) {
            return checkIn(words, next + 1);
        }
        return null;
    }

    /**
     * {@code attempt} if the words from {@code index} on hold {@link SmsCommand#ATTEMPT_MIN_DIGITS} digits or more in
     * all, wherever they stand: her PIN, mistyped or not, is somewhere in them. Otherwise they are words to file.
     */
    private static SmsCommand pinAttempt(SmsWords words, int index, SmsCommand attempt) {
        int digits = 0;
        for (int i = index; i < words.size() && digits < SmsCommand.ATTEMPT_MIN_DIGITS; i++) {
            digits += (int) words.textAt(i).codePoints().filter(Character::isDigit).count();
        }
        return digits >= SmsCommand.ATTEMPT_MIN_DIGITS ? attempt : unrecognised(words);
    }

    /**
     * The timer after VOY / CHECKIN: "30", "en 30", "30 min", "30min", "2 horas", "1 dia". A time or a
     * decimal ("1:30", "1.5") is refused rather than guessed; words after the number and its unit are a note,
     * ignored.
     */
    private static SmsCommand checkIn(SmsWords words, int index) {
        int at = SmsKeywords.CHECK_IN_FILLERS.contains(words.textAt(index)) ? index + 1 : index;
        SmsWords.Word number = words.at(at);
        if (number == null) {
            return unrecognised(words);
        }
        String text = number.text();
        int digits = 0;
        while (digits < text.length() && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
            digits++;
        }
        if (digits == 0) {
            return unrecognised(words);
        }
        String suffix = text.substring(digits);
        int factor;
        if (suffix.isEmpty()) {
            if (startsFractionOrTime(words.original(), number.end())) {
                return unrecognised(words);
            }
            String unit = words.textAt(at + 1);
            factor = REFUSED_UNITS.contains(unit) ? 0 : Math.max(unitFactor(unit), 1);
        } else {
            factor = unitFactor(suffix);
        }
        long amount = smallNumber(text.substring(0, digits));
        long minutes = amount * factor;
        if (factor <= 0 || minutes < 1 || minutes > SmsCommand.CHECK_IN_MAX_MINUTES) {
            return unrecognised(words);
        }
        return new SmsCommand.StartCheckIn((int) minutes);
    }

    /** Minutes in one {@code unit}; 0 if it is no unit a timer can be given in. */
    private static int unitFactor(String unit) {
        if (MINUTE_UNITS.contains(unit)) {
            return 1;
        }
        if (HOUR_UNITS.contains(unit)) {
            return 60;
        }
        if (DAY_UNITS.contains(unit)) {
            return SmsCommand.CHECK_IN_MAX_MINUTES;
        }
        return 0;
    }

    /** Whether the number ending at {@code end} goes on as "1:30", "1.5" or "1,5" (invisible marks between ignored). */
    private static boolean startsFractionOrTime(String original, int end) {
        int separatorAt = skipIgnorable(original, end);
        if (separatorAt >= original.length()) {
            return false;
        }
        char separator = original.charAt(separatorAt);
        int digitAt = skipIgnorable(original, separatorAt + 1);
        return (separator == ':' || separator == '.' || separator == ',') && digitAt < original.length()
                && Character.isDigit(original.codePointAt(digitAt));
    }

    /** The first offset from {@code from} that is no combining mark nor invisible format character. */
    private static int skipIgnorable(String text, int from) {
        int at = from;
        while (at < text.length() && SmsWords.isIgnorable(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }

    /** The value of ASCII digits, or -1 if it has more than four significant digits (too large for a timer). */
    private static long smallNumber(String digits) {
        int start = 0;
        while (start < digits.length() - 1 && digits.charAt(start) == '0') {
            start++;
        }
        if (digits.length() - start > 4) {
            return -1;
        }
        return Long.parseLong(digits.substring(start));
    }

    private static SmsCommand fromResponder(SmsWords words, List<Head> heads) {
        for (Head head : heads) {
            String word = head.word();
            if (SmsKeywords.ACKNOWLEDGE.contains(word)) {
                return alertCode(words, head.next()).<SmsCommand>map(SmsCommand.Acknowledge::new)
                        .orElseGet(() -> unrecognised(words));
            }
            if (SmsKeywords.DECLINE.contains(word)) {
                return alertCode(words, head.next()).<SmsCommand>map(SmsCommand.Decline::new)
                        .orElseGet(() -> unrecognised(words));
            }
            if (SmsKeywords.RESOLVE.contains(word)) {
                return alertCode(words, head.next()).flatMap(code -> code).<SmsCommand>map(SmsCommand.Resolve::new)
                        .orElseGet(() -> unrecognised(words));
            }
        }
        return unrecognised(words);
    }

    /**
     * The alert code right after the keyword (after an optional "codigo"/"code"/"alerta"/"alert"): 3 to 8
     * digits. Outer empty: a number too long to be a code, a mistyped code that must not acknowledge another
     * alert. Inner empty: no code ("OK", "ok gracias", "ok 10 min").
     */
    private static Optional<Optional<String>> alertCode(SmsWords words, int index) {
        int at = SmsKeywords.CODE_FILLERS.contains(words.textAt(index)) ? index + 1 : index;
        SmsWords.Word word = words.at(at);
        if (word == null || !word.isAsciiDigits() || word.text().length() < SmsCommand.CODE_MIN_DIGITS) {
            return Optional.of(Optional.empty());
        }
        if (word.text().length() > SmsCommand.CODE_MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(Optional.of(word.text()));
    }

    private static SmsCommand unrecognised(SmsWords words) {
        return new SmsCommand.Unrecognised(trim(words.original()));
    }

    /** At most {@link #MAX_LENGTH} characters, never cutting a surrogate pair in two. */
    private static String bound(String body) {
        if (body == null) {
            return "";
        }
        if (body.length() <= MAX_LENGTH) {
            return body;
        }
        int cut = Character.isHighSurrogate(body.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return body.substring(0, cut);
    }

    /** The original text after a keyword: without the spaces and separating punctuation ("sos: …", "sos, …") before it. */
    private static String textAfter(String original, int end) {
        int start = end;
        while (start < original.length()) {
            int c = original.codePointAt(start);
            if (!isSpace(c) && !isLeadingSeparator(c)) {
                break;
            }
            start += Character.charCount(c);
        }
        return trim(original.substring(start));
    }

    private static boolean isLeadingSeparator(int c) {
        int type = Character.getType(c);
        return type == Character.DASH_PUNCTUATION || type == Character.CONNECTOR_PUNCTUATION
                || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK
                || c < 0x10000 && ":;,.!?…·|/\\~*".indexOf(c) >= 0;
    }

    /** Spaces of any kind (including non-breaking), control and invisible format characters. */
    private static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || Character.getType(c) == Character.FORMAT;
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }
}
