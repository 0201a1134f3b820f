package org.centinela.console.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centinela.console.application.Escalation.ALERT;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.console.domain.NotAllowed;
import org.centinela.console.domain.SignalAssessment;
import org.centinela.console.domain.Triage;
import org.centinela.console.domain.TriageRefused;
import org.junit.jupiter.api.Test;

/** Who is shown an alert's brief (on its page, in the board's triage lane), and when escalation is asked for it. */
class BriefReadingTest {

    private final Escalation escalation = new Escalation();
    private final ShowAlert showAlert = new ShowAlert(escalation, new NoAssessments(),
            new RecentBriefs(escalation, Duration.ofMinutes(5)));

    @Test
    void anOperatorIsShownTheBriefAfterTheAlertItself() {
        ShowAlert.AlertFile file = showAlert.show(ALERT, "operadora", true);

        assertThat(file.brief()).isPresent();
        assertThat(escalation.asked).containsExactly("alert " + ALERT, "brief " + ALERT);
    }

    @Test
    void anAuditorsPageNeverAsksForTheBrief() {
        ShowAlert.AlertFile file = showAlert.show(ALERT, "auditora", false);

        assertThat(file.brief()).isEmpty();
        assertThat(escalation.asked).containsExactly("alert " + ALERT);
    }

    @Test
    void aResponderIsShownTheBriefOnlyWhenEscalationDisclosesItToHer() {
        escalation.brief = () -> {
            throw new NotAllowed("brief of alert " + ALERT);
        };

        ShowAlert.AlertFile refused = showAlert.show(ALERT, "ana", true);

        assertThat(refused.brief()).as("403: no brief, and no error").isEmpty();
        assertThat(refused.alert().id()).isEqualTo(ALERT);

        escalation.brief = () -> Escalation.brief(2);
        ShowAlert.AlertFile disclosed = new ShowAlert(escalation, new NoAssessments(),
                new RecentBriefs(escalation, Duration.ofMinutes(5))).show(ALERT, "ana", true);

        assertThat(disclosed.brief()).isPresent();
    }

    @Test
    void anOperatorsBoardCarriesTheBriefOfEachAlertHeldForTriageAndOthersBoardsNone() {
        ShowBoard showBoard = new ShowBoard(escalation, new RecentBriefs(escalation, Duration.ofMinutes(5)));

        assertThat(showBoard.board("auditora", false).triageBriefs()).isEmpty();
        assertThat(escalation.briefsAsked()).isZero();
        assertThat(showBoard.board("operadora", true).triageBriefs()).containsOnlyKeys(ALERT);
    }

    @Test
    void aTriageDecisionIsSentAndTheBriefShownBeforeItIsReadAgain() {
        RecentBriefs briefs = new RecentBriefs(escalation, Duration.ofMinutes(5));
        briefs.of("operadora", ALERT);

        new TriageAlert(escalation, briefs).decide(ALERT, new Triage(Triage.Action.DISMISS, "", "", "", "a test"));
        briefs.of("operadora", ALERT);

        assertThat(escalation.asked).containsExactly("brief " + ALERT, "DISMISS " + ALERT, "brief " + ALERT);
    }

    @Test
    void aDecisionRefusedBecauseTheAlertChangedHasItsBriefReadAgainAndOneRefusedForAFieldDoesNot() {
        RecentBriefs briefs = new RecentBriefs(escalation, Duration.ofMinutes(5));
        TriageAlert triage = new TriageAlert(escalation, briefs);
        Triage dismiss = new Triage(Triage.Action.DISMISS, "", "", "", "");
        briefs.of("operadora", ALERT);

        escalation.triageRefusal = new TriageRefused(false, List.of());
        assertThatThrownBy(() -> triage.decide(ALERT, dismiss)).isSameAs(escalation.triageRefusal);
        briefs.of("operadora", ALERT);
        escalation.triageRefusal = new TriageRefused(true, List.of());
        assertThatThrownBy(() -> triage.decide(ALERT, dismiss)).isSameAs(escalation.triageRefusal);
        briefs.of("operadora", ALERT);

        assertThat(escalation.asked).containsExactly("brief " + ALERT, "DISMISS " + ALERT, "DISMISS " + ALERT,
                "brief " + ALERT);
    }

    /** No assessment recorded yet. */
    private static final class NoAssessments implements SignalAssessments {

        @Override
        public void record(String defenderId, String country, SignalAssessment assessment, boolean triage,
                long modelVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void joined(UUID alertId, UUID signalId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<SignalAssessment> ofAlert(UUID alertId) {
            return List.of();
        }
    }
}
