package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.escalation.application.Caller.Part;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.alert.Acknowledgement;
import org.centinela.escalation.domain.alert.Alert;
import org.centinela.escalation.domain.alert.TimelineEntry;
import org.centinela.escalation.domain.alert.TimelineType;
import org.centinela.escalation.domain.directory.Defender;

/**
 * Someone reads an alert's brief through the API or the console. Operators always may, with her directory name
 * and to whom it was disclosed; a responder only when the alert's policy discloses it to her (she was contacted at
 * a level whose rule is ON_CONTACT, or paged as an operator on duty, or she acknowledged at an ON_ACK level);
 * auditors never. Every reading is a BRIEF_READ line of the alert's timeline, which the journal audits.
 */
@ApplicationScoped
public class ReadBrief {

    private static final Set<TimelineType> DISCLOSURES = EnumSet.of(TimelineType.BRIEF_DISCLOSED,
            TimelineType.BRIEF_OPENED, TimelineType.BRIEF_READ);

    private final Alerts alerts;
    private final AlertFiles files;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final AlertBriefs briefs;
    private final Network network;
    private final People people;
    private final AuditTrail audit;
    private final Clock clock;

    public ReadBrief(Alerts alerts, AlertFiles files, AlertContexts contexts, AlertJournal journal, AlertBriefs briefs,
            Network network, People people, AuditTrail audit, Clock clock) {
        this.alerts = alerts;
        this.files = files;
        this.contexts = contexts;
        this.journal = journal;
        this.briefs = briefs;
        this.network = network;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The brief of alert {@code alertId} for {@code caller}, who reads it through {@code channel} (API or CONSOLE).
     *
     * @throws UnknownAlert   when there is no such alert
     * @throws AlertForbidden when the caller is an auditor, or a responder it is not disclosed to
     */
    @Transactional(dontRollbackOn = AlertForbidden.class)
    public BriefReading read(Caller caller, UUID alertId, String channel) {
        Alert alert = alerts.lock(alertId).orElseThrow(() -> new UnknownAlert(alertId));
        boolean operator = caller.plays(Part.OPERATOR);
        String reader = operator ? caller.username() : disclosedResponder(caller, alert);
        alert.briefRead(reader, channel, clock.instant());
        journal.changed(alert);
        AlertBrief brief = briefs.of(alert, alert.snapshot().updatedAt());
        Optional<Defender> defender = people.defender(alert.defenderId());
        List<Acknowledgement> acks = alert.acknowledgements();
        return new BriefReading(brief, alert.heldForTriage(), defender.isPresent(),
                operator ? defender.map(hers -> hers.profile().name()).orElse(null) : null, acks,
                people.responderNames(acks.stream().map(Acknowledgement::personId).toList()),
                operator ? disclosures(alertId) : List.of());
    }

    private String disclosedResponder(Caller caller, Alert alert) {
        if (!caller.plays(Part.RESPONDER)) {
            throw refused(caller, alert,
                    "only operators and the responders it is disclosed to may read an alert's brief");
        }
        return network.responderIdOf(caller.username())
                .filter(responderId -> alert.briefDisclosedTo(responderId, contexts.forAlert(alert)))
                .orElseThrow(() -> refused(caller, alert, "the alert's policy does not disclose its brief to you"));
    }

    /** The refusal, audited (READ_REFUSED) in the transaction it does not roll back. */
    private AlertForbidden refused(Caller caller, Alert alert, String why) {
        audit.append(clock.instant(), caller.username(), AuditAction.READ_REFUSED, ReadAlerts.subject(alert.id()));
        return new AlertForbidden(why);
    }

    private List<TimelineEntry> disclosures(UUID alertId) {
        return files.file(alertId).map(file -> file.timeline().stream()
                .filter(entry -> DISCLOSURES.contains(entry.type())).toList()).orElse(List.of());
    }
}
