package org.centinela.escalation.application;

/** How many alerts are in the situations an operator is paged about, counted over every instance. */
public interface AlertCounts {

    /** Alerts that nobody has acknowledged yet and that are not over: OPEN or ESCALATING. */
    long unacknowledged();

    /**
     * Of those, the ones whose policy's last level passed without quorum: the operators on duty are paged, and paged
     * again after each further wait, until someone acknowledges.
     */
    long pastLastLevel();
}
