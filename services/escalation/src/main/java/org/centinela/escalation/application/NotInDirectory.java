package org.centinela.escalation.application;

/** No responder, defender, group or policy with that id (HTTP 404); the message names the kind and the id. */
public class NotInDirectory extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotInDirectory(String message) {
        super(message);
    }
}
