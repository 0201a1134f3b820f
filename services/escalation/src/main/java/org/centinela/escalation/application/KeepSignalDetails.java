package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.domain.alert.Alert;

/**
 * A signal as intake received it: what it carried is kept for the brief of the alert it opens or joins. When it
 * belongs to an alert already (its assessment came first), that alert's brief changed. A redelivery, a CANCEL or a
 * PHONE_SEIZED (never part of a brief; what the latter carried is the very code word she texted) changes nothing.
 */
@ApplicationScoped
public class KeepSignalDetails {

    private final SignalDetails details;
    private final AlertSignals alertSignals;
    private final Alerts alerts;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final Clock clock;

    public KeepSignalDetails(SignalDetails details, AlertSignals alertSignals, Alerts alerts, AlertContexts contexts,
            AlertJournal journal, Clock clock) {
        this.details = details;
        this.alertSignals = alertSignals;
        this.alerts = alerts;
        this.contexts = contexts;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public void apply(SignalReceived signal) {
        if (signal.type() == SignalType.CANCEL || signal.type() == SignalType.PHONE_SEIZED) {
            return;
        }
        // Her lock, which RaiseAlert takes too: the assessment of this signal is applied wholly before (its alert
        // is seen here) or wholly after (its brief is made with these details), never half-way.
        Optional<Alert> notOver = alerts.notOverOf(signal.defenderId());
        if (!details.keep(signal, clock.instant())) {
            return;
        }
        Optional<UUID> alertId = alertSignals.alertOf(signal.signalId());
        if (alertId.isEmpty()) {
            return;
        }
        Optional<Alert> itsAlert = notOver.filter(alert -> alert.id().equals(alertId.get()))
                .or(() -> alerts.lock(alertId.get()));
        itsAlert.ifPresent(alert -> {
            Instant now = clock.instant();
            alert.briefChanged(contexts.forAlert(alert), now);
            journal.changed(alert);
        });
    }
}
