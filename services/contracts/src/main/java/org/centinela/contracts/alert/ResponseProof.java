package org.centinela.contracts.alert;

import org.centinela.contracts.Invariants;

/**
 * How a response was proven, sealed by the service that checked it.
 *
 * @param method  how the publisher knew who answered
 * @param issuer  the service that checked it and sealed the response: {@code intake}, {@code notification} or
 *                {@code escalation}
 * @param subject who the proof names: the person id of the phone or link, or the token's user name
 * @param seal    HMAC-SHA256 of the response with the issuer's response key ({@link ResponseSeal}), URL-safe Base64
 */
public record ResponseProof(ProofMethod method, String issuer, String subject, String seal) {

    public static final int MAX_LENGTH = 200;

    public ResponseProof {
        Invariants.present(method, "proof.method");
        Invariants.text(issuer, MAX_LENGTH, "proof.issuer");
        Invariants.text(subject, MAX_LENGTH, "proof.subject");
        Invariants.text(seal, MAX_LENGTH, "proof.seal");
    }

    /** The method, issuer and subject: the seal is withheld. */
    @Override
    public String toString() {
        return "ResponseProof[method=" + method + ", issuer=" + issuer + ", subject=" + subject + "]";
    }
}
