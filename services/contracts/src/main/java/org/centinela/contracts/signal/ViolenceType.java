package org.centinela.contracts.signal;

/** The kind of attack an incident report documents. */
public enum ViolenceType {
    THREAT,
    HARASSMENT,
    SURVEILLANCE,
    STIGMATISATION,
    CRIMINALISATION,
    RAID,
    PHYSICAL_ASSAULT,
    SEXUAL_VIOLENCE,
    ATTACK_ON_FAMILY,
    FORCED_DISPLACEMENT,
    ATTEMPTED_KILLING,
    OTHER
}
