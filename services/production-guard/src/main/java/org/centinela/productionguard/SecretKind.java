package org.centinela.productionguard;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a secret must look like to be used in production, besides being set and not public. */
public enum SecretKind {

    /** A key, pepper or session secret: at least 32 characters. */
    KEY {
        @Override
        Optional<String> flaw(String value) {
            return value.length() < 32 ? Optional.of("shorter than 32 characters") : Optional.empty();
        }
    },
    /** A password of a database role or a relay: at least 16 characters. */
    PASSWORD {
        @Override
        Optional<String> flaw(String value) {
            return value.length() < 16 ? Optional.of("shorter than 16 characters") : Optional.empty();
        }
    },
    /** A Twilio auth token: 32 hexadecimal digits, as Twilio issues them. */
    TWILIO_AUTH_TOKEN {
        @Override
        Optional<String> flaw(String value) {
            return HEX_32.matcher(value).matches() ? Optional.empty()
                    : Optional.of("not a Twilio auth token (32 hexadecimal digits)");
        }
    },
    /** A Twilio account SID: AC and 32 hexadecimal digits. */
    TWILIO_ACCOUNT_SID {
        @Override
        Optional<String> flaw(String value) {
            return ACCOUNT_SID.matcher(value).matches() ? Optional.empty()
                    : Optional.of("not a Twilio account SID (AC and 32 hexadecimal digits)");
        }
    };

    private static final Pattern HEX_32 = Pattern.compile("[0-9a-fA-F]{32}");
    private static final Pattern ACCOUNT_SID = Pattern.compile("AC[0-9a-fA-F]{32}");

    /** Why this set, non-public value cannot be used, if it cannot (never the value itself). */
    abstract Optional<String> flaw(String value);

    /** The kind written {@code key}, {@code password}, {@code twilio-auth-token} or {@code twilio-account-sid}. */
    static Optional<SecretKind> named(String name) {
        String constant = name.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (SecretKind kind : values()) {
            if (kind.name().equals(constant)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
