package org.centinela.productionguard;

import java.util.Locale;
import java.util.Set;

/**
 * Values that anyone who reads the repository knows: the development and test values of the services' settings
 * (each key's says {@code not-a-secret}), the fake Twilio account of the local sandbox, the local database password,
 * and the {@code <placeholder>} form of {@code deploy/kubernetes/secrets.example.env}. None may hold a secret.
 */
final class PublicValues {

    private static final Set<String> KNOWN = Set.of(
            "5a9d1e0c7b3f4e2a8c6d0b1f2e3a4c5d",
            "AC0123456789abcdef0123456789abcdef",
            "test-notification-response-key-0123456789abcdef",
            "centinela",
            "changeme",
            "change-me",
            "password",
            "secret");

    private PublicValues() {
    }

    static boolean isPublic(String value) {
        String trimmed = value.trim();
        return KNOWN.contains(trimmed)
                || KNOWN.contains(trimmed.toLowerCase(Locale.ROOT))
                || trimmed.toLowerCase(Locale.ROOT).contains("not-a-secret")
                || (trimmed.startsWith("<") && trimmed.endsWith(">"));
    }
}
