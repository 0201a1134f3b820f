package org.centinela.contracts.alert;

/**
 * What a responder or an operator says about an alert. A defender's cancel is not a response: it is a
 * {@code CANCEL} signal that intake publishes only after checking her PIN, on a topic only intake writes.
 */
public enum ResponseKind {
    /** "I'm on it": counts towards the level's quorum. */
    ACK,
    /** "I can't": the escalation stops waiting for her. */
    DECLINE,
    /** The danger is over. */
    RESOLVE
}
