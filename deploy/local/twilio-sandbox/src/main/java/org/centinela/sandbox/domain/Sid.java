package org.centinela.sandbox.domain;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Twilio-shaped identifiers: a two-letter prefix and 32 lowercase hex digits. */
public final class Sid {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Sid() {
    }

    public static String message() {
        return next("SM");
    }

    public static String call() {
        return next("CA");
    }

    private static String next(String prefix) {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return prefix + HexFormat.of().formatHex(bytes);
    }
}
