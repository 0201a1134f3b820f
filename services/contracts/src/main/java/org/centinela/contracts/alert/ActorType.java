package org.centinela.contracts.alert;

/** The part a person plays when she acts on an alert. */
public enum ActorType {
    /** A person of her network, answering from a phone or link she was sent, or through the API as herself. */
    RESPONDER,
    /** An operator logged in with Keycloak (console or API); only escalation's API may speak as one. */
    OPERATOR
}
