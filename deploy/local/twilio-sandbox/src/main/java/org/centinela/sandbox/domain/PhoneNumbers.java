package org.centinela.sandbox.domain;

import java.util.regex.Pattern;

/** The E.164 check Twilio applies to To and From numbers. */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{6,14}");

    private PhoneNumbers() {
    }

    public static boolean isE164(String number) {
        return number != null && E164.matcher(number).matches();
    }
}
