package org.centinela.contracts.signal;

/** How dangerous risk-scoring judges a situation; the escalation policy maps it to a start level. */
public enum Grade {
    LOW,
    ELEVATED,
    HIGH,
    CRITICAL
}
