package org.centinela.contracts.notification;

/** Why a person is being contacted about an alert. */
public enum NotificationPurpose {
    /** First call to a level's targets. */
    ALERT,
    /** Re-contact of someone who has not acknowledged yet ({@code repeatEvery}). */
    REMINDER,
    /** The alert moved to a higher level. */
    ESCALATION,
    /** Quorum reached: tells the network who is on it. */
    SOMEONE_ON_IT,
    /** The alert was resolved or cancelled: stand down. */
    STAND_DOWN,
    /** Past the last level without quorum: pages the operators on duty. */
    OPERATOR_PAGE
}
