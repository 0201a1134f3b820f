package org.centinela.escalation.domain;

/** What someone did to a record of the network: the verbs of the audit log. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    RESPOND,
    /** A device token was issued to a defender's panic app (the token itself is never recorded). */
    ISSUE_DEVICE_TOKEN
}
