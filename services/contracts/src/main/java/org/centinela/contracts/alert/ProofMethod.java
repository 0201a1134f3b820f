package org.centinela.contracts.alert;

/**
 * How the service that published a response knew who gave it. Escalation applies a response only when its
 * proof fits its actor, channel and publisher ({@code ResponseTrust} there).
 */
public enum ProofMethod {
    /**
     * A webhook Twilio signed, from the phone number the directory has for her: an SMS reply (intake) or a
     * keypress during a call she was sent (notification).
     */
    TWILIO_SIGNATURE,
    /** A signed, single-use link that was sent to her only (notification): an e-mail's ack link or a brief page. */
    ACK_LINK,
    /** A Keycloak token checked by escalation's API; the subject is the token's user name. */
    BEARER_TOKEN
}
