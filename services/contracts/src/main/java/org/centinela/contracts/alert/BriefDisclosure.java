package org.centinela.contracts.alert;

/**
 * When the people of a policy level receive an alert's brief (who is in danger, where, what she said).
 * Operators always may read it; auditors never.
 */
public enum BriefDisclosure {
    /** With the first message that contacts her: her trusted contacts, who must act at once. */
    ON_CONTACT,
    /** Once she has said she is on it: wider circles, who learn only the alert's code until then. */
    ON_ACK,
    /** Never by message: she learns only the code and who is on it. */
    NEVER
}
