package org.centinela.contracts.notification;

/** A way to reach a person. */
public enum Channel {
    SMS,
    VOICE,
    EMAIL
}
