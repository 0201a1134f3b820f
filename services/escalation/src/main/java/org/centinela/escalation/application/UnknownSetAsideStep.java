package org.centinela.escalation.application;

import java.util.UUID;

/** No step set aside has that id: it never was, or it was already retried (HTTP 404). */
public class UnknownSetAsideStep extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownSetAsideStep(UUID id) {
        super("no step set aside with id " + id);
    }
}
