package org.centinela.productionguard;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The settings that keep a service from starting in production, each with why: a secret missing, public, too short or
 * of the wrong form; Twilio replaced by a stand-in without {@code CENTINELA_ALLOW_SANDBOX=true}; Keycloak missing, or
 * reached over plain HTTP without {@code CENTINELA_ALLOW_PLAIN_HTTP_OIDC=true}. Settings are named, never their values.
 */
public record UnsafeSettings(List<Unsafe> settings) {

    /** One setting, by the name operators set it under, and why it is refused. */
    public record Unsafe(String name, String why) {
    }

    static final String TWILIO_BASE_URL = "TWILIO_BASE_URL";
    static final String OIDC_AUTH_SERVER_URL = "OIDC_AUTH_SERVER_URL";
    static final String MISSING = "missing";
    static final String PUBLIC = "a public development or example value";

    public UnsafeSettings {
        settings = List.copyOf(settings);
    }

    /** What is unsafe in these settings (nothing when the checks are off). */
    public static UnsafeSettings of(ProductionGuardSettings guard) {
        List<Unsafe> unsafe = new ArrayList<>();
        if (!guard.enabled()) {
            return new UnsafeSettings(unsafe);
        }
        new TreeMap<>(guard.secrets()).forEach((name, secret) -> secretFlaw(secret)
                .ifPresent(why -> unsafe.add(new Unsafe(name, why))));
        if (guard.usesTwilio() && present(guard.twilioBaseUrl()) && !guard.allowSandbox()) {
            unsafe.add(new Unsafe(TWILIO_BASE_URL, "set (Twilio replaced by a stand-in) without CENTINELA_ALLOW_SANDBOX=true"));
        }
        Optional<String> oidc = guard.oidcAuthServerUrl().filter(url -> !url.isBlank());
        if (oidc.isEmpty()) {
            unsafe.add(new Unsafe(OIDC_AUTH_SERVER_URL, MISSING));
        } else if (!scheme(oidc.get()).equals("https") && !guard.allowPlainHttpOidc()) {
            unsafe.add(new Unsafe(OIDC_AUTH_SERVER_URL, "not https without CENTINELA_ALLOW_PLAIN_HTTP_OIDC=true"));
        }
        return new UnsafeSettings(unsafe);
    }

    public boolean none() {
        return settings.isEmpty();
    }

    /** The names refused, in the order found. */
    public List<String> names() {
        return settings.stream().map(Unsafe::name).toList();
    }

    /**
     * One line for the log, grouped by reason: "Refusing to start: unsafe settings for production (names only):
     * missing: A, B; shorter than 32 characters: C. ..." It never holds a value.
     */
    public String describe() {
        Map<String, List<String>> byReason = new LinkedHashMap<>();
        settings.forEach(s -> byReason.computeIfAbsent(s.why(), why -> new ArrayList<>()).add(s.name()));
        StringBuilder line = new StringBuilder("Refusing to start: unsafe settings for production (names only): ");
        List<String> parts = new ArrayList<>();
        byReason.forEach((why, names) -> parts.add(why + ": " + String.join(", ", names)));
        line.append(String.join("; ", parts));
        line.append(". Set them from the secret store (docs/operations.md, \"Production start checks\").");
        return line.toString();
    }

    private static Optional<String> secretFlaw(ProductionGuardSettings.Secret secret) {
        Optional<SecretKind> kind = SecretKind.named(secret.kind());
        if (kind.isEmpty()) {
            return Optional.of("declared with an unknown kind");
        }
        Optional<String> value = secret.value().filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return Optional.of(MISSING);
        }
        if (PublicValues.isPublic(value.get())) {
            return Optional.of(PUBLIC);
        }
        return kind.get().flaw(value.get());
    }

    private static boolean present(Optional<String> value) {
        return value.filter(v -> !v.isBlank()).isPresent();
    }

    private static String scheme(String url) {
        try {
            String scheme = new URI(url.trim()).getScheme();
            return scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        } catch (URISyntaxException e) {
            return "";
        }
    }
}
