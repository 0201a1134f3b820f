package org.centinela.intake.domain.sms;

import java.util.Objects;
import java.util.Optional;

/**
 * What an SMS asks for, once read by {@link SmsGrammar}. Which commands a sender can give depends on who
 * she is ({@link SenderKind}); anything else is {@link Unrecognised}.
 */
public sealed interface SmsCommand permits SmsCommand.Panic, SmsCommand.Report, SmsCommand.Safe,
        SmsCommand.StartCheckIn, SmsCommand.Arrived, SmsCommand.Acknowledge, SmsCommand.Decline,
        SmsCommand.Resolve, SmsCommand.Unrecognised {

    /**
     * Digits after BIEN or LLEGUÉ that make a message a PIN attempt: a PIN with a digit too few or too many is
     * still one, and "bien, 2 hombres me siguieron" is still words to file.
     */
    int ATTEMPT_MIN_DIGITS = 3;
    /** The shortest and longest alert code, in digits. */
    int CODE_MIN_DIGITS = 3;
    int CODE_MAX_DIGITS = 8;
    /** The longest check-in timer: one day. */
    int CHECK_IN_MAX_MINUTES = 1440;

    /**
     * A defender (or an unknown number) raises the alarm: SOS, AYUDA, AUXILIO, HELP, SOCORRO or her code word.
     *
     * @param text what she wrote after the keyword, as she wrote it (casing and accents kept), trimmed; "" if nothing
     */
    record Panic(String text) implements SmsCommand {
        public Panic {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A defender documents an incident: REPORTE … / REPORT ….
     *
     * @param text what she wrote after the keyword, as she wrote it, trimmed; "" if nothing
     */
    record Report(String text) implements SmsCommand {
        public Report {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A defender says she is safe, to cancel her open alert: BIEN / ESTOY BIEN / SAFE, then numbers with
     * {@value #ATTEMPT_MIN_DIGITS} digits or more in all ("BIEN 4821", "BIEN mi pin 4821", "bien 482"). Her PIN,
     * or her duress PIN, is among the numbers of the message ({@code domain.PinLikeNumbers}) or she mistyped it: such a
     * message is a cancel attempt, never filed as words. The grammar cannot tell her PIN from her duress PIN, and must
     * not: both read the same.
     */
    record Safe() implements SmsCommand {
    }

    /**
     * A defender starts a check-in timer: VOY / CHECKIN &lt;minutes&gt;.
     *
     * @param minutes 1 to 1440
     */
    record StartCheckIn(int minutes) implements SmsCommand {
        public StartCheckIn {
            if (minutes < 1 || minutes > CHECK_IN_MAX_MINUTES) {
                throw new IllegalArgumentException("minutes must be 1 to " + CHECK_IN_MAX_MINUTES + ", was " + minutes);
            }
        }
    }

    /**
     * A defender closes her check-in timer: LLEGUE / LLEGUÉ / YA LLEGUÉ / ARRIVED, then numbers as for {@link Safe},
     * among which her PIN (or her duress PIN, which reads the same).
     */
    record Arrived() implements SmsCommand {
    }

    /**
     * A responder is on it: OK / 1 / ACK [code] (also SI / YES / OKEY / OKAY).
     *
     * @param alertCode the alert's short code (3 to 8 digits); empty for the latest alert sent to her
     */
    record Acknowledge(Optional<String> alertCode) implements SmsCommand {
        public Acknowledge {
            requireCode(alertCode);
        }
    }

    /**
     * A responder cannot help this time: NO / 2 [code].
     *
     * @param alertCode the alert's short code (3 to 8 digits); empty for the latest alert sent to her
     */
    record Decline(Optional<String> alertCode) implements SmsCommand {
        public Decline {
            requireCode(alertCode);
        }
    }

    /**
     * A responder closes an alert: RESUELTO / RESUELTA / RESOLVED &lt;code&gt;.
     *
     * @param alertCode the alert's short code, 3 to 8 digits
     */
    record Resolve(String alertCode) implements SmsCommand {
        public Resolve {
            requireDigits(alertCode, CODE_MIN_DIGITS, CODE_MAX_DIGITS, "alertCode");
        }
    }

    /**
     * Nothing this sender can ask for.
     *
     * @param text the message as received (at most {@link SmsGrammar#MAX_LENGTH} characters), trimmed
     */
    record Unrecognised(String text) implements SmsCommand {
        public Unrecognised {
            Objects.requireNonNull(text, "text");
        }
    }

    private static void requireCode(Optional<String> alertCode) {
        Objects.requireNonNull(alertCode, "alertCode");
        alertCode.ifPresent(code -> requireDigits(code, CODE_MIN_DIGITS, CODE_MAX_DIGITS, "alertCode"));
    }

    /** Checks without ever putting the value in the message. */
    private static void requireDigits(String value, int min, int max, String name) {
        Objects.requireNonNull(value, name);
        boolean valid = value.length() >= min && value.length() <= max;
        for (int i = 0; valid && i < value.length(); i++) {
            valid = value.charAt(i) >= '0' && value.charAt(i) <= '9';
        }
        if (!valid) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + " digits (0-9)");
        }
    }
}
