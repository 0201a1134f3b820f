package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.SignalAssessment;

/**
 * One alert with the risk factors that explain its grade and, for whoever escalation discloses it to, its brief.
 * escalation is asked first, with her token: the factors and the brief are shown only once it has let her see the
 * alert. An auditor's page never asks for the brief; a responder's shows it only when escalation discloses it to her.
 */
@ApplicationScoped
public class ShowAlert {

    private final AlertsOfTheNetwork alerts;
    private final SignalAssessments assessments;
    private final RecentBriefs briefs;

    public ShowAlert(AlertsOfTheNetwork alerts, SignalAssessments assessments, RecentBriefs briefs) {
        this.alerts = alerts;
        this.assessments = assessments;
        this.briefs = briefs;
    }

    /**
     * @param reader        who reads it (her user name)
     * @param asksForBrief  whether her role may be disclosed briefs at all (operators, responders); escalation
     *                      decides for each alert
     */
    public AlertFile show(UUID id, String reader, boolean asksForBrief) {
        Alert alert = alerts.alert(id);
        Optional<AlertBrief> brief = asksForBrief ? briefs.of(reader, id) : Optional.empty();
        return new AlertFile(alert, assessments.ofAlert(id), brief);
    }

    /** An alert, the assessments of its signals and its brief when she may read it. */
    public record AlertFile(Alert alert, List<SignalAssessment> assessments, Optional<AlertBrief> brief) {
        public AlertFile {
            assessments = List.copyOf(assessments);
        }
    }
}
