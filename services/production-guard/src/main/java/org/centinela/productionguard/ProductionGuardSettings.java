package org.centinela.productionguard;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/**
 * What the start checks look at, gathered under {@code centinela.production-guard}: each service names its secrets
 * there (by the environment variable operators set, e.g. {@code CENTINELA_PEPPER}) with the value of the setting that
 * holds it, and the Twilio and Keycloak addresses it uses. The checks run while the configuration is built, before
 * anything connects ({@link SafeToStart}); {@code enabled} is false only in the development and test profiles.
 */
@ConfigMapping(prefix = "centinela.production-guard")
@SafeToStart
public interface ProductionGuardSettings {

    /** Whether the checks run: always in production. */
    @WithDefault("true")
    boolean enabled();

    /** The service's secrets, keyed by the name operators set them under. */
    Map<String, Secret> secrets();

    /** {@code twilio.base-url}: empty means Twilio itself; anything else is a stand-in such as the local sandbox. */
    Optional<String> twilioBaseUrl();

    /** Whether this service talks to Twilio at all (only then is {@link #twilioBaseUrl()} looked at). */
    @WithDefault("false")
    boolean usesTwilio();

    /** {@code quarkus.oidc.auth-server-url}: the Keycloak realm the service trusts. */
    Optional<String> oidcAuthServerUrl();

    /** {@code CENTINELA_ALLOW_SANDBOX=true}: a test deployment whose Twilio is a stand-in. Never in production. */
    @WithDefault("false")
    boolean allowSandbox();

    /** {@code CENTINELA_ALLOW_PLAIN_HTTP_OIDC=true}: Keycloak reached over plain HTTP (a closed network only). */
    @WithDefault("false")
    boolean allowPlainHttpOidc();

    /** One secret: the value of the setting that holds it (empty when unset), and what it must look like. */
    interface Secret {

        Optional<String> value();

        /** {@code key}, {@code password}, {@code twilio-auth-token} or {@code twilio-account-sid} ({@link SecretKind}). */
        @WithDefault("key")
        String kind();
    }
}
