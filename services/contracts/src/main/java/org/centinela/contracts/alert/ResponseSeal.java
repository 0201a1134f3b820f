package org.centinela.contracts.alert;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The seal of one publisher of {@code alerts.responses}: an HMAC-SHA256 over every field of a response and of its
 * proof, keyed by a secret that only this publisher and escalation hold. Kafka ACLs say who may write the topic;
 * the seal says which of them checked this very response, so that a service that may write the topic (say,
 * notification) cannot pass off a response as proven by another (say, escalation's API, the only one that speaks
 * for an operator), nor change a field of one it relays.
 */
public final class ResponseSeal {

    /** Characters a response key has at least. */
    public static final int MIN_KEY_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";
    private static final char SEPARATOR = '\u001f';

    private final String issuer;
    private final SecretKeySpec key;

    /**
     * @param issuer the publishing service's name, as it appears in {@link ResponseProof#issuer()}
     * @param key    its response key from configuration, at least {@value #MIN_KEY_LENGTH} characters
     */
    public ResponseSeal(String issuer, String key) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        if (key == null || key.length() < MIN_KEY_LENGTH) {
            throw new IllegalArgumentException("the response key of " + issuer + " must have at least "
                    + MIN_KEY_LENGTH + " characters");
        }
        this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The issuer this seal is for. */
    public String issuer() {
        return issuer;
    }

    /** A response of the current schema version, sealed by this issuer with {@code method} naming {@code subject}. */
    public AlertResponse sealed(UUID responseId, UUID alertId, String alertCode, Actor actor, ResponseKind kind,
            ResponseChannel channel, Instant at, ProofMethod method, String subject) {
        String seal = mac(canonical(responseId, alertId, alertCode, actor, kind, channel, at, method, subject));
        return new AlertResponse(responseId, alertId, alertCode, actor, kind, channel, at,
                new ResponseProof(method, issuer, subject, seal));
    }

    /** Whether {@code response} was sealed by this issuer with this key, unchanged since (constant time). */
    public boolean verifies(AlertResponse response) {
        ResponseProof proof = response.proof();
        if (!issuer.equals(proof.issuer())) {
            return false;
        }
        String expected = mac(canonical(response.responseId(), response.alertId(), response.alertCode(),
                response.actor(), response.kind(), response.channel(), response.at(), proof.method(), proof.subject()));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                proof.seal().getBytes(StandardCharsets.US_ASCII));
    }

    private String canonical(UUID responseId, UUID alertId, String alertCode, Actor actor, ResponseKind kind,
            ResponseChannel channel, Instant at, ProofMethod method, String subject) {
        return String.join(String.valueOf(SEPARATOR), "v" + AlertResponse.SCHEMA_VERSION, String.valueOf(responseId),
                String.valueOf(alertId), String.valueOf(alertCode), actor.type().name(), actor.id(), kind.name(),
                channel.name(), at.toString(), method.name(), issuer, subject);
    }

    private String mac(String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
