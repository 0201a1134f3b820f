package org.centinela.escalation.application;

/**
 * The caller's part does not let her do this to that alert (HTTP 403): a responder who was not contacted
 * about it, or anyone but an operator or a contacted responder answering it. The message names no person.
 */
public class AlertForbidden extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AlertForbidden(String message) {
        super(message);
    }
}
