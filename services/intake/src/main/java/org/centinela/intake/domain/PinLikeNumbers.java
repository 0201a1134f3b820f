package org.centinela.intake.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.centinela.contracts.sms.SmsWords;

/**
 * The numbers in something a defender wrote, any of which may be her PIN or her duress PIN: "BIEN mi pin 4821",
 * "estoy bien 4821 gracias", "4821" alone. A number is a run of digits as phones type them — ASCII, full-width,
 * other scripts' decimal digits, or what compatibility decomposition makes a digit of ("④") — read through the
 * invisible characters and combining marks the SMS grammar ignores too ("48\u200B21" is 4821), so that what the
 * grammar would read as her PIN is found here.
 *
 * <p>Comparing a number with her PIN costs two slow hashes, so only the first {@link #MAX_CHECKED} numbers of
 * {@link #PIN_MIN_DIGITS} to {@link #PIN_MAX_DIGITS} digits are {@linkplain #toCheck() checked}. Those found to be
 * hers are then {@linkplain #withholding(Set) withheld} wherever they occur, before the text is kept or sent on.
 */
public final class PinLikeNumbers {

    /** The shortest and longest PIN, in digits. */
    public static final int PIN_MIN_DIGITS = 4;
    public static final int PIN_MAX_DIGITS = 8;
    /** Numbers of a message compared with her PINs: each costs two slow hashes. */
    public static final int MAX_CHECKED = 3;
    /** What stands in the text for a number that is hers, whatever its length. */
    public static final String WITHHELD = "****";

    /** A number: its digits in ASCII, and where it stands in the text. */
    private record Number(String digits, int start, int end) {
    }

    private final String text;
    private final List<Number> numbers;

    private PinLikeNumbers(String text, List<Number> numbers) {
        this.text = text;
        this.numbers = numbers;
    }

    /** The numbers in {@code text} ({@code null} has none). */
    public static PinLikeNumbers in(String text) {
        String read = text == null ? "" : text;
        List<Number> numbers = new ArrayList<>();
        StringBuilder digits = new StringBuilder();
        int start = -1;
        int end = -1;
        for (int at = 0; at < read.length(); ) {
            int codePoint = read.codePointAt(at);
            int next = at + Character.charCount(codePoint);
            int digit = digit(codePoint);
            if (digit >= 0) {
                if (start < 0) {
                    start = at;
                }
                digits.append((char) ('0' + digit));
                end = next;
            } else if (start >= 0 && !SmsWords.isIgnorable(codePoint)) {
                numbers.add(new Number(digits.toString(), start, end));
                digits.setLength(0);
                start = -1;
            }
            at = next;
        }
        if (start >= 0) {
            numbers.add(new Number(digits.toString(), start, end));
        }
        return new PinLikeNumbers(read, List.copyOf(numbers));
    }

    /** The numbers to compare with her PINs: the first {@link #MAX_CHECKED} of 4 to 8 digits, in ASCII. */
    public List<String> toCheck() {
        return numbers.stream()
                .filter(number -> number.digits().length() >= PIN_MIN_DIGITS
                        && number.digits().length() <= PIN_MAX_DIGITS)
                .limit(MAX_CHECKED)
                .map(Number::digits)
                .toList();
    }

    /** These numbers but the first, whatever its length: the minutes of "VOY 1440" are no PIN. */
    public PinLikeNumbers afterTheFirst() {
        return new PinLikeNumbers(text, numbers.isEmpty() ? numbers : numbers.subList(1, numbers.size()));
    }

    /** The text with every number whose digits are one of {@code pins} replaced by {@link #WITHHELD}. */
    public String withholding(Set<String> pins) {
        if (pins.isEmpty()) {
            return text;
        }
        StringBuilder withheld = new StringBuilder(text.length());
        int copied = 0;
        for (Number number : numbers) {
            if (pins.contains(number.digits())) {
                withheld.append(text, copied, number.start()).append(WITHHELD);
                copied = number.end();
            }
        }
        return withheld.append(text, copied, text.length()).toString();
    }

    /** The value of a digit as phones type them, or -1. */
    private static int digit(int codePoint) {
        if (codePoint >= '0' && codePoint <= '9') {
            return codePoint - '0';
        }
        if (codePoint < 0x80) {
            return -1;
        }
        int value = Character.digit(codePoint, 10);
        if (value >= 0 || Character.getType(codePoint) != Character.OTHER_NUMBER) {
            return value;
        }
        String folded = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFKD);
        return folded.length() == 1 ? Character.digit(folded.charAt(0), 10) : -1;
    }

    /** How many numbers, never which: they may be her PIN. */
    @Override
    public String toString() {
        return "PinLikeNumbers[" + numbers.size() + " numbers]";
    }
}
