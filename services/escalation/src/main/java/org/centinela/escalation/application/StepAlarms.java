package org.centinela.escalation.application;

/** Tells the people who run the service about steps that fail: logs and metrics, by ids, never personal data. */
public interface StepAlarms {

    /** A step failed and will be tried again. */
    void failed(FailedStep step);

    /** A step failed too many times in a row and was set aside. */
    void setAside(FailedStep step);
}
