package org.centinela.escalation.domain;

/** What someone did to a record of the network: the verbs of the audit log. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    RESPOND
}
