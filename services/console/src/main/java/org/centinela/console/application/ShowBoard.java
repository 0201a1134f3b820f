package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.Board;

/**
 * The alert board of the signed-in person: what escalation lets her see, gravest and newest first; for an operator,
 * the brief of each alert of the triage lane too (who sent it, from which number, and what she wrote).
 */
@ApplicationScoped
public class ShowBoard {

    private final AlertsOfTheNetwork alerts;
    private final RecentBriefs briefs;

    public ShowBoard(AlertsOfTheNetwork alerts, RecentBriefs briefs) {
        this.alerts = alerts;
        this.briefs = briefs;
    }

    /**
     * @param reader      who reads it (her user name)
     * @param decidesTriage whether she decides on held alerts (operators): the triage lane then carries their briefs
     */
    public BoardFile board(String reader, boolean decidesTriage) {
        Board board = Board.of(alerts.recent());
        Map<UUID, AlertBrief> triageBriefs = new LinkedHashMap<>();
        if (decidesTriage) {
            board.triage().forEach(alert -> briefs.of(reader, alert.id())
                    .ifPresent(brief -> triageBriefs.put(alert.id(), brief)));
        }
        return new BoardFile(board, triageBriefs);
    }

    /** The board, and the briefs of its triage lane by alert id (none for whoever does not triage). */
    public record BoardFile(Board board, Map<UUID, AlertBrief> triageBriefs) {
        public BoardFile {
            triageBriefs = Map.copyOf(triageBriefs);
        }
    }
}
