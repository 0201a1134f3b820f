package org.centinela.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.centinela.testing.PackagedApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each packaged service started as production starts it (the default profile, settings from the environment) with
 * unsafe settings: it exits with a non-zero status and one log line that names every unsafe setting and none of their
 * values. The refusal comes while the configuration is built, before anything is reached: nothing of the local stack
 * is needed, and the database address given is one nothing listens on. With safe settings (and the flags that allow
 * the local Twilio sandbox and a plain-HTTP Keycloak) it gets past the checks, and only then fails, at the database.
 */
class ProductionStartIT {

    private static final String REFUSAL = "Refusing to start: unsafe settings for production";
    private static final long PATIENCE_SECONDS = 180;
    private static final String SAFE_KEY = "pR0dGuArD-test-key-7f3a9c1e5b2d8046ae71";
    private static final String SAFE_TOKEN = "0f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String SAFE_PASSWORD = "a-database-password-for-tests";
    /** 32 bytes, base64: a master key in the form LocalMasterKeys reads. */
    private static final String SAFE_MASTER_KEY = "c2FmZS1tYXN0ZXIta2V5LWZvci10ZXN0cy0wMTIzNDU=";
    /** Settings operators set as environment variables: none of the test JVM's own may reach the app. */
    private static final List<String> ENVIRONMENT_PREFIXES = List.of("CENTINELA_", "TWILIO_", "NOTIFICATION_", "CONSOLE_",
            "OIDC_", "DB_", "QUARKUS_", "SMTP_", "KAFKA_", "HTTP_", "MANAGEMENT_", "ESCALATION_", "INTAKE_",
            "RISK_SCORING_");

    /** The services, with the secrets each must be given in production (as named in its log line). */
    enum Service {
        INTAKE("services/intake", List.of("CENTINELA_PEPPER", "CENTINELA_RESPONSE_KEY_INTAKE", "TWILIO_AUTH_TOKEN")),
        RISK_SCORING("services/risk-scoring", List.of()),
        ESCALATION("services/escalation", List.of("CENTINELA_PEPPER", "CENTINELA_RESPONSE_KEY_INTAKE",
                "CENTINELA_RESPONSE_KEY_NOTIFICATION", "CENTINELA_RESPONSE_KEY_ESCALATION", "CENTINELA_MASTER_KEYS")),
        NOTIFICATION("services/notification", List.of("CENTINELA_RESPONSE_KEY_NOTIFICATION", "NOTIFICATION_ACK_SIGNING_KEY",
                "NOTIFICATION_BRIEF_SIGNING_KEY", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN")),
        CONSOLE("services/console", List.of("CONSOLE_STATE_SECRET", "CONSOLE_SESSION_SECRET"));

        final String module;
        /** Its keys and Twilio credentials; every service also needs DB_PASSWORD and OIDC_AUTH_SERVER_URL. */
        final List<String> secrets;

        Service(String module, List<String> secrets) {
            this.module = module;
            this.secrets = secrets;
        }

        /** A safe value of each of its secrets. */
        Map<String, String> safeSecrets() {
            Map<String, String> values = new HashMap<>();
            secrets.forEach(name -> values.put(name, switch (name) {
                case "TWILIO_AUTH_TOKEN" -> SAFE_TOKEN;
                case "TWILIO_ACCOUNT_SID" -> "AC" + SAFE_TOKEN;
                case "CENTINELA_MASTER_KEYS" -> "k1:" + SAFE_MASTER_KEY;
                default -> SAFE_KEY + "-" + name.toLowerCase();
            }));
            values.put("DB_PASSWORD", SAFE_PASSWORD);
            values.put("OIDC_AUTH_SERVER_URL", "https://auth.example.org/realms/centinela");
            return values;
        }
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void withoutItsSecretsItDoesNotStart(Service service) {
        Start start = start(service, "no-secrets", Map.of());

        assertThat(start.exitStatus()).as(start.describe()).isNotZero();
        String line = start.refusal();
        String missing = line.substring(line.indexOf("missing: "));
        for (String name : service.secrets) {
            assertThat(missing).as(start.describe()).contains(name);
        }
        assertThat(missing).as(start.describe()).contains("DB_PASSWORD").contains("OIDC_AUTH_SERVER_URL");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void withPublicShortOrSandboxSettingsItDoesNotStartAndSaysWhichNeverTheirValues(Service service) {
        Map<String, String> settings = new HashMap<>(service.safeSecrets());
        settings.put("DB_PASSWORD", "centinela");
        settings.put("OIDC_AUTH_SERVER_URL", "http://127.0.0.1:8180/realms/centinela");
        String shortened = service.secrets.stream().filter(name -> !name.startsWith("TWILIO_")).findFirst().orElse(null);
        if (shortened != null) {
            settings.put(shortened, "short-key-0123");
        }
        if (service == Service.NOTIFICATION || service == Service.INTAKE) {
            settings.put("TWILIO_AUTH_TOKEN", "5a9d1e0c7b3f4e2a8c6d0b1f2e3a4c5d");
        }
        settings.put("TWILIO_BASE_URL", "http://127.0.0.1:8089");
        Start start = start(service, "unsafe", settings);

        assertThat(start.exitStatus()).as(start.describe()).isNotZero();
        String line = start.refusal();
        assertThat(line).as(start.describe())
                .contains("a public development or example value: ")
                .contains("DB_PASSWORD")
                .contains("not https without CENTINELA_ALLOW_PLAIN_HTTP_OIDC=true: OIDC_AUTH_SERVER_URL")
                .doesNotContain("missing");
        if (shortened != null) {
            assertThat(line).as(start.describe()).contains("shorter than 32 characters: " + shortened);
        }
        if (service == Service.NOTIFICATION) {
            assertThat(line).as(start.describe()).contains("without CENTINELA_ALLOW_SANDBOX=true: TWILIO_BASE_URL");
        } else {
            assertThat(line).as("only notification talks to Twilio's REST API").doesNotContain("TWILIO_BASE_URL");
        }
        for (String secret : service.secrets) {
            assertThat(start.log()).as("the log holds no secret's value").doesNotContain(settings.get(secret));
        }
        assertThat(start.log()).as("nor the database password").doesNotContain("=centinela");
    }

    @ParameterizedTest
    @EnumSource(Service.class)
    void withSafeSettingsAndTheLocalFlagsItGetsPastTheChecks(Service service) {
        Map<String, String> settings = new HashMap<>(service.safeSecrets());
        settings.put("OIDC_AUTH_SERVER_URL", "http://127.0.0.1:8180/realms/centinela");
        settings.put("CENTINELA_ALLOW_PLAIN_HTTP_OIDC", "true");
        settings.put("TWILIO_BASE_URL", "http://127.0.0.1:8089");
        settings.put("CENTINELA_ALLOW_SANDBOX", "true");
        Start start = start(service, "safe", settings);

        assertThat(start.log()).as(start.describe()).doesNotContain(REFUSAL).doesNotContain("production-guard");
        assertThat(start.exitStatus()).as("it stops at the database, where nothing listens: " + start.describe())
                .isNotZero();
        assertThat(start.log()).as("it got as far as the database: " + start.describe())
                .contains("Connection to 127.0.0.1:9 refused");
    }

    private record Start(Path logFile, int exitStatus, String log) {

        String refusal() {
            List<String> lines = log.lines().filter(line -> line.contains(REFUSAL)).toList();
            assertThat(lines).as("the refusal, logged once: " + describe()).hasSize(1);
            return lines.get(0);
        }

        String describe() {
            return "exit status " + exitStatus + ", see " + logFile.toAbsolutePath();
        }
    }

    /** Runs the service's jar in the default profile with only these settings, until it exits (at most 3 min). */
    private static Start start(Service service, String name, Map<String, String> settings) {
        Path jar = SystemDatabase.ROOT.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        assertThat(jar).as("packaged before the *IT tests run").exists();
        Path log = Path.of("target", "production-start-" + service.name().toLowerCase() + "-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder("java", "-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Djava.net.preferIPv4Stack=true", "-jar", jar.toString());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(key -> ENVIRONMENT_PREFIXES.stream().anyMatch(key::startsWith));
        environment.putAll(settings);
        environment.put("HTTP_HOST", "127.0.0.1");
        environment.put("HTTP_PORT", String.valueOf(PackagedApp.freePort()));
        environment.put("MANAGEMENT_PORT", String.valueOf(PackagedApp.freePort()));
        // Nothing listens there: a start that gets past the checks fails at the database, never reaches a real one.
        environment.put("DB_URL", "jdbc:postgresql://127.0.0.1:9/centinela_production_start");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9");
        try {
            Files.createDirectories(log.getParent());
            Process process = builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
            try {
                // Seconds on a quiet machine; a loaded one (a whole make test on two cores) may take minutes.
                if (!process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                    throw new AssertionError(service + " still running after " + PATIENCE_SECONDS + " s: see "
                            + log.toAbsolutePath());
                }
            } finally {
                if (process.isAlive()) {
                    process.destroyForcibly();
                }
            }
            return new Start(log, process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + jar, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + service + " was starting", e);
        }
    }
}
