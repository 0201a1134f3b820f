package org.centinela.escalation.application;

import org.centinela.contracts.alert.AlertState;

/**
 * Which alerts to list, newest first, one page at a time.
 *
 * @param state       only alerts in this state; null for any
 * @param defenderId  only this defender's alerts; null for anyone's
 * @param contacted   only the alerts that contacted this person (a responder's own view); null for all
 * @param page        the page, from 0
 * @param size        alerts per page, 1..{@value #MAX_SIZE}
 */
public record AlertQuery(AlertState state, String defenderId, String contacted, int page, int size) {

    public static final int MAX_SIZE = 100;

    public AlertQuery {
        if (page < 0) {
            throw new IllegalArgumentException("page must not be negative, was " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be 1.." + MAX_SIZE + ", was " + size);
        }
        if (defenderId != null && defenderId.isBlank()) {
            defenderId = null;
        }
    }

    /** How many alerts come before this page. */
    public long offset() {
        return (long) page * size;
    }

    /** The same query for the alerts that contacted {@code personId}. */
    AlertQuery contacting(String personId) {
        return new AlertQuery(state, defenderId, personId, page, size);
    }
}
