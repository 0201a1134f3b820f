package org.centinela.console.adapter.in.web;

import io.quarkus.qute.TemplateInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centinela.console.application.ShowAlert;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertStory;
import org.centinela.console.domain.SignalAssessment;
import org.centinela.console.domain.TimelinePicture;

/**
 * What the alert page shows of one alert, in the reader's language, people named as escalation named them to
 * whoever reads it; someone it gave no name (an operator, a responder removed from the network) stays an id.
 *
 * @param ackers who said "I'm on it", each with her channel
 */
public record AlertSheet(AlertRow row, Alert alert, TimelinePicture picture, List<ContactLine> contacts,
        List<SignalAssessment> assessments, List<String> ackers, boolean open) {

    public AlertSheet {
        contacts = List.copyOf(contacts);
        assessments = List.copyOf(assessments);
        ackers = List.copyOf(ackers);
    }

    static AlertSheet of(ShowAlert.AlertFile file, Map<String, String> t, Instant now) {
        Alert alert = file.alert();
        AlertStory story = alert.story();
        List<ContactLine> contacts = story.contacts().stream()
                .map(c -> new ContactLine(alert.nameOf(c.personId()), t.getOrDefault("channel." + c.channel(),
                        c.channel()), c.level(),
                        TimelinePicture.clock(Duration.between(alert.openedAt(), c.at()).toSeconds()),
                        AlertRow.status(c, t)))
                .toList();
        List<String> ackers = alert.acks().stream()
                .map(ack -> alert.nameOf(ack.responderId()) + " (" + ack.channel() + ")").toList();
        return new AlertSheet(AlertRow.of(alert, t, now), alert, TimelinePicture.of(story, now, alert::nameOf),
                contacts, file.assessments(), ackers, alert.isOpen());
    }

    /** {@code page} with this sheet under the names the alert templates read. */
    TemplateInstance fill(TemplateInstance page) {
        return page.data("row", row)
                .data("alert", alert)
                .data("picture", picture)
                .data("contacts", contacts)
                .data("assessments", assessments)
                .data("ackers", ackers)
                .data("open", open);
    }

    /** One contact in the list under the picture. */
    public record ContactLine(String person, String channel, int level, String at, String status) {
    }
}
