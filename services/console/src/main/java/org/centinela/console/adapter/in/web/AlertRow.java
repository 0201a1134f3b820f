package org.centinela.console.adapter.in.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.centinela.console.domain.Alert;
import org.centinela.console.domain.AlertBrief;
import org.centinela.console.domain.AlertStory;

/**
 * One alert as a page shows it, in the reader's language: grade by colour ({@code gradeCss}) and by word,
 * state, level, quorum progress ("1 of 2 at level 2") and time since it opened; in the triage lane of an operator's
 * board, who sent it ({@code sender}, from its brief; null elsewhere).
 */
public record AlertRow(String id, String code, String defenderId, String gradeCss, String grade, String state,
        int level, String quorum, String since, String openedAt, int score, boolean triage, Sender sender) {

    static AlertRow of(Alert alert, Map<String, String> t, Instant now) {
        String quorum = alert.story().quorumProgress()
                .map(q -> t.get("quorum.progress")
                        .replace("{acks}", String.valueOf(q.acknowledged()))
                        .replace("{quorum}", String.valueOf(q.quorum()))
                        .replace("{level}", String.valueOf(q.level())))
                .orElse(alert.level() == 0 ? t.get("quorum.held") : "");
        return new AlertRow(alert.id().toString(), alert.code(), alert.defenderId(),
                "grade-" + alert.grade().name().toLowerCase(), t.get("grade." + alert.grade().name()),
                t.get("state." + alert.state().name()), alert.level(), quorum, since(alert.openedAt(), now, t),
                alert.openedAt().toString(), alert.score(), alert.inTriage(), null);
    }

    /** This row with who sent its alert, as its brief says: her name if known, her number, her last words. */
    AlertRow sentBy(AlertBrief brief) {
        String name = brief.defender().displayName() == null ? "" : brief.defender().displayName();
        String phone = brief.defender().phone() == null ? "" : brief.defender().phone();
        return new AlertRow(id, code, defenderId, gradeCss, grade, state, level, quorum, since, openedAt, score, triage,
                new Sender(name, phone, phone.isEmpty() ? "" : "tel:" + phone, brief.lastWords().orElse("")));
    }

    /** Who sent an alert held for triage: "" for what is not known. */
    public record Sender(String name, String phone, String phoneHref, String words) {
    }

    /** "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
    static String since(Instant then, Instant now, Map<String, String> t) {
        Duration d = Duration.between(then, now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return d.toMinutes() + " min";
        }
        if (s < 86400) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toDays() + " " + t.get("time.days") + " " + d.toHoursPart() + " h";
    }

    /** A contact's status in the reader's language. */
    static String status(AlertStory.Contact contact, Map<String, String> t) {
        return t.getOrDefault("delivery." + contact.status(), contact.status());
    }
}
