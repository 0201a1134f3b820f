package org.centinela.escalation.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.signal.Grade;
import org.centinela.escalation.application.AlertFile;
import org.centinela.escalation.application.NamedAlertFile;
import org.centinela.escalation.domain.alert.Acknowledgement;
import org.centinela.escalation.domain.alert.TimelineEntry;

/**
 * An alert as the API shows it (contract §3), with the extensions recorded in docs/architecture.md:
 * {@code openedAt}, {@code updatedAt}, {@code verifiedSender}, {@code policyId}, {@code policyVersion} and,
 * for one alert, {@code names}.
 *
 * @param code  the short code responders type in their SMS replies
 * @param level the highest level started, 0 while held for operator triage
 * @param names the name of each responder the alert contacted or who acknowledged it, by responder id (never
 *              the defender's); left out of the list of alerts
 */
public record AlertView(UUID id, String code, String defenderId, AlertState state, Grade grade, int score, int level,
        List<Ack> acks, List<Entry> timeline, Instant openedAt, Instant updatedAt, boolean verifiedSender,
        String policyId, long policyVersion, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> names) {

    /** An alert of the list, without names. */
    static AlertView of(AlertFile file) {
        return of(file, null);
    }

    /** One alert with the names of the responders it involves. */
    static AlertView of(NamedAlertFile named) {
        return of(named.file(), named.names());
    }

    private static AlertView of(AlertFile file, Map<String, String> names) {
        return new AlertView(file.id(), file.code(), file.defenderId(), file.state(), file.grade(), file.score(),
                file.level(), file.acks().stream().map(Ack::of).toList(),
                file.timeline().stream().map(Entry::of).toList(), file.openedAt(), file.updatedAt(),
                file.verifiedSender(), file.policyId(), file.policyVersion(), names);
    }

    /**
     * "I'm on it" from one person, on one channel, at one time.
     *
     * @param responderId her responder id (an operator's user name when an operator acknowledged)
     */
    public record Ack(String responderId, ResponseChannel channel, Instant at) {
        static Ack of(Acknowledgement ack) {
            return new Ack(ack.personId(), ack.channel(), ack.at());
        }
    }

    /**
     * One line of the timeline; the detail names people by id only. The typed fields, left out when the line has
     * none, say what a reader acts on without parsing the detail.
     *
     * @param personId whom a brief was disclosed to, or who opened it
     * @param channel  the channel a brief went out on or was opened from; API or CONSOLE for a reading
     * @param actorId  who read the brief, or the operator who triaged the alert
     */
    public record Entry(Instant at, String type, String detail,
            @JsonInclude(JsonInclude.Include.NON_NULL) String personId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String channel,
            @JsonInclude(JsonInclude.Include.NON_NULL) String actorId) {
        static Entry of(TimelineEntry entry) {
            return new Entry(entry.at(), entry.type().name(), entry.detail(), entry.personId(), entry.channel(),
                    entry.actorId());
        }
    }
}
