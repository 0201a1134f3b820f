package org.centinela.escalation.application;

import java.util.UUID;

/** No alert has that id (HTTP 404). */
public class UnknownAlert extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownAlert(UUID alertId) {
        super("no alert " + alertId);
    }
}
