package org.centinela.contracts.alert;

/** The state of an alert, as the alerts API shows it. */
public enum AlertState {
    OPEN,
    ESCALATING,
    ACKNOWLEDGED,
    RESOLVED,
    CANCELLED
}
