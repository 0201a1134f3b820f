package org.centinela.contracts.directory;

/** The part a person plays in the network. */
public enum PersonRole {
    /** A woman human rights defender whom the network protects. */
    DEFENDER,
    /** A member of a defender's network who is woken up when she is in danger. */
    RESPONDER,
    /** Staff who run the network: triage, drills, paging when no one answers. */
    OPERATOR
}
