package org.centinela.contracts.alert;

/** The part a person plays when she acts on an alert. */
public enum ActorType {
    RESPONDER,
    DEFENDER,
    OPERATOR
}
