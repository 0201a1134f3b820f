package org.centinela.escalation.domain.directory;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * Phone numbers as the directory keeps them: E.164, the form Twilio gives intake as the sender of an SMS,
 * so that a defender writing from her phone is recognised. Read with libphonenumber; a number written
 * without its country code belongs to the default region; a number that is not a valid number of its
 * region (too short, an unassigned range) is refused, since no message could ever reach it.
 */
public final class PhoneNumber {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private PhoneNumber() {
    }

    /** {@code text} as E.164 ({@code +50255512345}), or empty when it is no valid phone number. */
    public static Optional<String> e164(String text, String defaultRegion) {
        if (text == null || text.isBlank() || text.length() > 40) {
            return Optional.empty();
        }
        try {
            Phonenumber.PhoneNumber number = NUMBERS.parse(text, defaultRegion);
            return NUMBERS.isValidNumber(number)
                    ? Optional.of(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code region} is a region libphonenumber knows, e.g. {@code GT}. */
    public static boolean isKnownRegion(String region) {
        return region != null && NUMBERS.getSupportedRegions().contains(region);
    }
}
