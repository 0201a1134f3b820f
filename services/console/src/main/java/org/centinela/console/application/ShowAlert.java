package org.centinela.console.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.SignalAssessment;

/**
 * One alert with the risk factors that explain its grade. escalation is asked first, with her token: the
 * factors are shown only once it has let her see the alert.
 */
@ApplicationScoped
public class ShowAlert {

    private final AlertsOfTheNetwork alerts;
    private final SignalAssessments assessments;

    public ShowAlert(AlertsOfTheNetwork alerts, SignalAssessments assessments) {
        this.alerts = alerts;
        this.assessments = assessments;
    }

    public AlertFile show(UUID id) {
        Alert alert = alerts.alert(id);
        return new AlertFile(alert, assessments.ofAlert(id));
    }

    /** An alert and the assessments of its signals. */
    public record AlertFile(Alert alert, List<SignalAssessment> assessments) {
        public AlertFile {
            assessments = List.copyOf(assessments);
        }
    }
}
