package org.centinela.console.adapter.in.web;

import io.quarkus.qute.TemplateInstance;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.centinela.console.application.ShowAlert;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertStory;
import org.centinela.console.domain.SignalAssessment;
import org.centinela.console.domain.TimelinePicture;

/**
 * What the alert page shows of one alert, in the reader's language, people named as escalation named them to
 * whoever reads it; someone it gave no name (an operator, a responder removed from the network) stays an id.
 *
 * @param ackers   who said "I'm on it", each with her channel
 * @param brief    who is in danger, where and what she said, when escalation discloses it to the reader; else null
 * @param timeline the full record, each line's kind in the reader's words, and what the lines of the brief's kinds
 *                 say told from their typed fields
 */
public record AlertSheet(AlertRow row, Alert alert, TimelinePicture picture, List<ContactLine> contacts,
        List<SignalAssessment> assessments, List<String> ackers, boolean open, BriefSheet brief,
        List<TimelineRow> timeline) {

    public AlertSheet {
        contacts = List.copyOf(contacts);
        assessments = List.copyOf(assessments);
        ackers = List.copyOf(ackers);
        timeline = List.copyOf(timeline);
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
        BriefSheet brief = file.brief().map(b -> BriefSheet.of(b, alert, t, now)).orElse(null);
        return new AlertSheet(AlertRow.of(alert, t, now), alert, TimelinePicture.of(story, now, alert::nameOf),
                contacts, file.assessments(), ackers, alert.isOpen(), brief,
                alert.timeline().stream().map(line -> TimelineRow.of(line, alert, t)).toList());
    }

    /** {@code page} with this sheet under the names the alert templates read. */
    TemplateInstance fill(TemplateInstance page) {
        return page.data("row", row)
                .data("alert", alert)
                .data("picture", picture)
                .data("contacts", contacts)
                .data("assessments", assessments)
                .data("ackers", ackers)
                .data("open", open)
                .data("brief", brief)
                .data("timeline", timeline);
    }

    /** One contact in the list under the picture. */
    public record ContactLine(String person, String channel, int level, String at, String status) {
    }

    /**
     * One line of the full record: when, what kind of line (in her words; escalation's name of it when she has
     * none), and what it says. The lines of the brief's kinds are said in her words from their typed fields (who,
     * how) — {@code timeline.said.<type>} — never read out of escalation's English sentence, which the others keep.
     */
    public record TimelineRow(String at, String what, String detail) {

        static TimelineRow of(Alert.TimelineLine line, Alert alert, Map<String, String> t) {
            return new TimelineRow(line.at().toString(), t.getOrDefault("timeline." + line.type(), line.type()),
                    said(line, alert, t).orElse(line.detail()));
        }

        /**
         * "Her brief went to Ana López by SMS", from the typed fields: {0} the person it is about, {1} how, {2} who
         * did it, {3} escalation's sentence (a triage decision's, which says what was decided). Nothing for a kind
         * without words, or a line without a field its words name.
         */
        private static Optional<String> said(Alert.TimelineLine line, Alert alert, Map<String, String> t) {
            return CodedWords.of("timeline.said." + line.type(), Arrays.asList(
                    line.personId() == null ? null : alert.nameOf(line.personId()),
                    line.channel() == null ? null : BriefSheet.how(line.channel(), t),
                    line.actorId() == null ? null : alert.nameOf(line.actorId()),
                    line.detail()), t);
        }
    }
}
