package org.centinela.contracts.signal;

/** How a signal reached intake. */
public enum SignalSource {
    SMS,
    APP,
    REPORT_FORM,
    CHECKIN
}
