package org.centinela.productionguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnsafeSettingsTest {

    private static final String KEY = "Yq3v8W0pLk2n9Zr6Tb1x4Hc7Jm5Ds0Fg";
    private static final String TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String SID = "AC" + TOKEN;

    @Test
    void safeSettingsPass() {
        Settings settings = new Settings().secret("CENTINELA_PEPPER", KEY, "key")
                .secret("TWILIO_AUTH_TOKEN", TOKEN, "twilio-auth-token").secret("TWILIO_ACCOUNT_SID", SID, "twilio-account-sid")
                .secret("DB_PASSWORD", "a-long-db-password", "password");
        assertThat(UnsafeSettings.of(settings).none()).isTrue();
    }

    @Test
    void namesEverySecretMissingPublicShortOrMalformedNeverItsValue() {
        Settings settings = new Settings()
                .secret("CENTINELA_PEPPER", null, "key")
                .secret("CENTINELA_RESPONSE_KEY_INTAKE", "local-intake-response-key-not-a-secret-0123456789", "key")
                .secret("CONSOLE_SESSION_SECRET", "short-one", "key")
                .secret("TWILIO_AUTH_TOKEN", "not-hex-at-all-but-32-characters", "twilio-auth-token")
                .secret("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef", "twilio-account-sid")
                .secret("NOTIFICATION_ACK_SIGNING_KEY", "<random, 48 bytes base64>", "key")
                .secret("DB_PASSWORD", "centinela", "password");
        UnsafeSettings unsafe = UnsafeSettings.of(settings);

        assertThat(unsafe.settings()).containsExactlyInAnyOrder(
                new UnsafeSettings.Unsafe("CENTINELA_PEPPER", "missing"),
                new UnsafeSettings.Unsafe("CENTINELA_RESPONSE_KEY_INTAKE", UnsafeSettings.PUBLIC),
                new UnsafeSettings.Unsafe("CONSOLE_SESSION_SECRET", "shorter than 32 characters"),
                new UnsafeSettings.Unsafe("TWILIO_AUTH_TOKEN", "not a Twilio auth token (32 hexadecimal digits)"),
                new UnsafeSettings.Unsafe("TWILIO_ACCOUNT_SID", UnsafeSettings.PUBLIC),
                new UnsafeSettings.Unsafe("NOTIFICATION_ACK_SIGNING_KEY", UnsafeSettings.PUBLIC),
                new UnsafeSettings.Unsafe("DB_PASSWORD", UnsafeSettings.PUBLIC));
        String line = unsafe.describe();
        assertThat(line).doesNotContain("\n").doesNotContain("short-one").doesNotContain("not-hex-at-all")
                .contains("missing: CENTINELA_PEPPER").contains("shorter than 32 characters: CONSOLE_SESSION_SECRET");
    }

    @Test
    void aTwilioStandInNeedsTheSandboxFlag() {
        Settings settings = new Settings();
        settings.usesTwilio = true;
        settings.twilioBaseUrl = "http://127.0.0.1:8089";
        assertThat(UnsafeSettings.of(settings).names()).containsExactly("TWILIO_BASE_URL");
        settings.allowSandbox = true;
        assertThat(UnsafeSettings.of(settings).none()).isTrue();
        settings.allowSandbox = false;
        settings.twilioBaseUrl = "";
        assertThat(UnsafeSettings.of(settings).none()).as("empty: Twilio itself").isTrue();
    }

    @Test
    void keycloakMustBeSetAndHttpsUnlessPlainHttpIsAllowed() {
        Settings settings = new Settings();
        settings.oidc = null;
        assertThat(UnsafeSettings.of(settings).settings())
                .containsExactly(new UnsafeSettings.Unsafe("OIDC_AUTH_SERVER_URL", "missing"));
        settings.oidc = "http://keycloak:8080/realms/centinela";
        assertThat(UnsafeSettings.of(settings).names()).containsExactly("OIDC_AUTH_SERVER_URL");
        settings.allowPlainHttpOidc = true;
        assertThat(UnsafeSettings.of(settings).none()).isTrue();
    }

    @Test
    void nothingIsCheckedWhenTheChecksAreOff() {
        Settings settings = new Settings().secret("CENTINELA_PEPPER", null, "key");
        settings.enabled = false;
        settings.oidc = null;
        assertThat(UnsafeSettings.of(settings).none()).isTrue();
    }

    /** The mapping as the configuration would fill it. */
    private static final class Settings implements ProductionGuardSettings {
        boolean enabled = true;
        final Map<String, Secret> secrets = new LinkedHashMap<>();
        String twilioBaseUrl;
        boolean usesTwilio;
        String oidc = "https://auth.example.org/realms/centinela";
        boolean allowSandbox;
        boolean allowPlainHttpOidc;

        Settings secret(String name, String value, String kind) {
            secrets.put(name, new Secret() {
                @Override
                public Optional<String> value() {
                    return Optional.ofNullable(value);
                }

                @Override
                public String kind() {
                    return kind;
                }
            });
            return this;
        }

        @Override
        public boolean enabled() {
            return enabled;
        }

        @Override
        public Map<String, Secret> secrets() {
            return secrets;
        }

        @Override
        public Optional<String> twilioBaseUrl() {
            return Optional.ofNullable(twilioBaseUrl);
        }

        @Override
        public boolean usesTwilio() {
            return usesTwilio;
        }

        @Override
        public Optional<String> oidcAuthServerUrl() {
            return Optional.ofNullable(oidc);
        }

        @Override
        public boolean allowSandbox() {
            return allowSandbox;
        }

        @Override
        public boolean allowPlainHttpOidc() {
            return allowPlainHttpOidc;
        }
    }
}
