package org.centinela.contracts.alert;

/** What happened to an alert. */
public enum LifecycleKind {
    /** The first assessed signal of a defender opened it. */
    OPENED,
    /** A later signal of the same defender joined the open alert. */
    SIGNAL_JOINED,
    /**
     * What the alert's brief says changed (words or a location arrived, someone is on it): readers of the brief
     * look again. It carries no data of the brief.
     */
    BRIEF_UPDATED,
    /** A joined signal raised its grade. */
    GRADE_RAISED,
    /** A level of the escalation policy started notifying its targets. */
    LEVEL_STARTED,
    /** One responder acknowledged. */
    ACK_RECEIVED,
    /** One responder said she cannot help; it does not count towards the quorum. */
    DECLINE_RECEIVED,
    /** A level reached its quorum of acknowledgements. */
    QUORUM_REACHED(AlertState.ACKNOWLEDGED),
    /** The last level passed without quorum: the operators on duty were paged. */
    OPERATORS_PAGED,
    /** A responder or operator resolved it. */
    RESOLVED(AlertState.RESOLVED),
    /** The defender cancelled it with her valid PIN. */
    CANCELLED(AlertState.CANCELLED);

    private final AlertState resultingState;

    LifecycleKind() {
        this(null);
    }

    LifecycleKind(AlertState resultingState) {
        this.resultingState = resultingState;
    }

    /** Whether an alert can be in {@code state} right after this happened to it. */
    public boolean allows(AlertState state) {
        return resultingState == null || resultingState == state;
    }
}
