package org.centinela.sandbox.domain;

import java.util.List;

/**
 * What a call's TwiML makes it do, as far as a person on the phone notices: the sentences spoken
 * ({@code <Say>}, in order), the keypress it waits for ({@code <Gather>}, or null), and whether it
 * hangs up at the end.
 */
public record CallScript(List<String> say, Gather gather) {

    public CallScript {
        say = List.copyOf(say);
    }

    public static CallScript silent() {
        return new CallScript(List.of(), null);
    }

    /** A {@code <Gather>}: where the keypress is posted and how many digits end it. */
    public record Gather(String action, int numDigits) {
        public Gather {
            if (numDigits < 1) {
                throw new IllegalArgumentException("numDigits must be at least 1, was " + numDigits);
            }
        }
    }
}
