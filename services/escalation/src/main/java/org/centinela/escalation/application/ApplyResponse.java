package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.escalation.domain.alert.Alert;

/**
 * An ACK, DECLINE, RESOLVE or CANCEL. A reply that named no alert means the latest alert sent to
 * her; one that named a code means the alert not over with that code; a defender's CANCEL means her
 * alert not over. Replies that match no alert are recorded. A redelivered response changes nothing.
 */
@ApplicationScoped
public class ApplyResponse {

    private final Alerts alerts;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final HandledMessages handled;
    private final UnmatchedInputs unmatched;
    private final Verifications verifications;
    private final Clock clock;

    public ApplyResponse(Alerts alerts, AlertContexts contexts, AlertJournal journal, HandledMessages handled,
            UnmatchedInputs unmatched, Verifications verifications, Clock clock) {
        this.alerts = alerts;
        this.contexts = contexts;
        this.journal = journal;
        this.handled = handled;
        this.unmatched = unmatched;
        this.verifications = verifications;
        this.clock = clock;
    }

    /** Applies {@code response}; the id of the alert it went to, empty when it matched none. */
    @Transactional
    public Optional<UUID> apply(AlertResponse response) {
        Instant now = clock.instant();
        if (!handled.firstTime(response.responseId(), now)) {
            return Optional.empty();
        }
        Optional<Alert> target = target(response);
        if (target.isEmpty()) {
            unmatched.record(response.responseId(), "RESPONSE_" + response.kind(), response.actor().id(),
                    "no alert matches this " + response.kind(), now);
            return Optional.empty();
        }
        Alert alert = target.get();
        // Read once the alert is locked: inputs of one alert wait for each other, so its timeline's times follow
        // the order they are applied in.
        alert.respond(response, verification(response, alert), contexts.forAlert(alert), clock.instant());
        journal.changed(alert);
        return Optional.of(alert.id());
    }

    /**
     * How the operator verified the defender, when she said it through the API with this very response to this
     * alert: kept by {@link RespondToAlert}, as the response's contract has no place for it.
     */
    private String verification(AlertResponse response, Alert alert) {
        if (response.kind() != ResponseKind.RESOLVE || response.actor().type() != ActorType.OPERATOR) {
            return null;
        }
        return verifications.of(response.responseId(), alert.id(), response.actor().id()).orElse(null);
    }

    private Optional<Alert> target(AlertResponse response) {
        String who = response.actor().id();
        if (response.alertId() != null) {
            return alerts.lock(response.alertId());
        }
        Optional<UUID> id = response.alertCode() != null
                ? alerts.withCode(response.alertCode(), who)
                : alerts.latestContacting(who);
        return id.flatMap(alerts::lock);
    }
}
