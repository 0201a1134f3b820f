package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.console.domain.Board;

/** The alert board of the signed-in person: what escalation lets her see, gravest and newest first. */
@ApplicationScoped
public class ShowBoard {

    private final AlertsOfTheNetwork alerts;

    public ShowBoard(AlertsOfTheNetwork alerts) {
        this.alerts = alerts;
    }

    public Board board() {
        return Board.of(alerts.recent());
    }
}
