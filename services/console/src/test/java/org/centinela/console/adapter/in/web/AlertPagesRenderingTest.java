package org.centinela.console.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.console.adapter.in.web.Rendering.ENGINE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.console.adapter.in.web.Rendering.Person;
import org.centinela.console.application.ShowAlert;
import org.centinela.console.domain.Alert;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;
import org.junit.jupiter.api.Test;

/** The alert page's live part rendered with strict rendering, as the console renders it. */
class AlertPagesRenderingTest {

    private static final Map<String, String> EN = new Texts().in("en");
    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aResponderSeesPeopleByTheNamesEscalationGaveAndByIdWithoutOne() {
        Alert alert = new Alert(UUID.randomUUID(), "4821", "d-marta", AlertState.ACKNOWLEDGED, Grade.HIGH, 70, 1,
                List.of(new Alert.Acknowledgement("r-ana", "SMS", T0.plusSeconds(30))), List.of(
                        line(0, "SIGNAL_RECEIVED", "PANIC by SMS"),
                        line(0, "LEVEL_STARTED", "level 1 (Trusted contacts): 2 people, quorum 1"),
                        line(0, "NOTIFICATION_REQUESTED", "ALERT to r-ana on SMS (level 1, round 0)"),
                        line(0, "NOTIFICATION_REQUESTED", "ALERT to r-luis on VOICE (level 1, round 0)"),
                        line(2, "NOTIFICATION_STATUS", "ALERT to r-ana on SMS: DELIVERED"),
                        line(30, "RESPONSE", "ACK from r-ana (RESPONDER) by SMS")),
                T0, T0.plusSeconds(30), true, "gt", Map.of("r-ana", "Ana López"));

        String page = AlertSheet.of(new ShowAlert.AlertFile(alert, List.of()), EN, T0.plusSeconds(60))
                .fill(ENGINE.getTemplate("alertLive").data("me", Person.responder(EN))).render();

        assertThat(page).contains("<dd id=\"acks\">Ana López (SMS)</dd>")
                .contains("<td>Ana López</td>").contains("<td>r-luis</td>")
                .contains(">Ana López</text>").contains(">r-luis</text>")
                .contains("<title>Ana López: ")
                .doesNotContain("<td>r-ana</td>").doesNotContain(">r-ana</text>")
                .contains("id=\"decline\"");
    }

    @Test
    void anAlertWithoutNamesShowsEveryoneById() {
        Alert alert = new Alert(UUID.randomUUID(), "4821", "d-marta", AlertState.ACKNOWLEDGED, Grade.HIGH, 70, 1,
                List.of(new Alert.Acknowledgement("r-ana", "SMS", T0.plusSeconds(30))), List.of(
                        line(0, "LEVEL_STARTED", "level 1 (Trusted contacts): 1 person, quorum 1"),
                        line(0, "NOTIFICATION_REQUESTED", "ALERT to r-ana on SMS (level 1, round 0)")),
                T0, T0.plusSeconds(30), true, "gt", null);

        String page = AlertSheet.of(new ShowAlert.AlertFile(alert, List.of()), EN, T0.plusSeconds(60))
                .fill(ENGINE.getTemplate("alertLive").data("me", new Person(EN, false, true))).render();

        assertThat(page).contains("<dd id=\"acks\">r-ana (SMS)</dd>").contains("<td>r-ana</td>")
                .doesNotContain("id=\"ack\"");
    }

    private static Alert.TimelineLine line(int second, String type, String detail) {
        return new Alert.TimelineLine(T0.plusSeconds(second), type, detail);
    }
}
