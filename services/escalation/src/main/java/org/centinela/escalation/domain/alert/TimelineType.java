package org.centinela.escalation.domain.alert;

/** The kinds of entry in an alert's timeline. */
public enum TimelineType {
    SIGNAL_RECEIVED,
    GRADE_RAISED,
    LEVEL_STARTED,
    NOTIFICATION_REQUESTED,
    NOTIFICATION_STATUS,
    RESPONSE,
    RESPONSE_IGNORED,
    STATE_CHANGED,
    OPERATORS_PAGED,
    NOTE
}
