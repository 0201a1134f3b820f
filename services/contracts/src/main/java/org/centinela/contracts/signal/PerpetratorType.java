package org.centinela.contracts.signal;

/** Who an incident report says committed the attack. */
public enum PerpetratorType {
    STATE_SECURITY_FORCES,
    PUBLIC_OFFICIALS,
    ORGANISED_CRIME,
    PRIVATE_COMPANY,
    PARTNER_OR_FAMILY,
    COMMUNITY_MEMBERS,
    UNKNOWN,
    OTHER
}
