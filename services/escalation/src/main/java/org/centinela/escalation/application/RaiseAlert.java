package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.domain.alert.Alert;

/**
 * An assessed signal: the first of a defender opens her alert, later ones join it while it is not
 * over; a CANCEL with nothing to cancel is recorded as such. A PHONE_SEIZED (she texted the code word for it) marks
 * her phone seized ({@link MarkPhoneSeized}) and opens or joins no alert. A redelivered signal changes nothing.
 * The signals that open or join an alert (never a CANCEL) are recorded with their risk factors: they make its
 * brief.
 */
@ApplicationScoped
public class RaiseAlert {

    private final Alerts alerts;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final AlertCodes codes;
    private final HandledMessages handled;
    private final UnmatchedInputs unmatched;
    private final AlertSignals signals;
    private final MarkPhoneSeized markPhoneSeized;
    private final Clock clock;

    public RaiseAlert(Alerts alerts, AlertContexts contexts, AlertJournal journal, AlertCodes codes,
            HandledMessages handled, UnmatchedInputs unmatched, AlertSignals signals, MarkPhoneSeized markPhoneSeized,
            Clock clock) {
        this.alerts = alerts;
        this.contexts = contexts;
        this.journal = journal;
        this.codes = codes;
        this.handled = handled;
        this.unmatched = unmatched;
        this.signals = signals;
        this.markPhoneSeized = markPhoneSeized;
        this.clock = clock;
    }

    /** Applies {@code signal}; the id of the alert it opened or joined, empty when it belongs to none. */
    @Transactional
    public Optional<UUID> apply(SignalAssessed signal) {
        Instant now = clock.instant();
        if (!handled.firstTime(signal.signalId(), now)) {
            return Optional.empty();
        }
        if (signal.type() == SignalType.PHONE_SEIZED) {
            if (markPhoneSeized.byCodeWord(signal.defenderId()).isEmpty()) {
                unmatched.record(signal.signalId(), "PHONE_SEIZED_SIGNAL", signal.defenderId(),
                        "no defender of the directory has this id", now);
            }
            return Optional.empty();
        }
        Optional<Alert> notOver = alerts.notOverOf(signal.defenderId());
        if (notOver.isPresent()) {
            Alert alert = notOver.get();
            // Read once her alert is locked, so that its timeline's times follow the order inputs are applied in.
            Instant joined = clock.instant();
            if (signal.type() != SignalType.CANCEL) {
                signals.attach(alert.id(), signal, joined);
            }
            alert.join(signal, contexts.forAlert(alert), joined);
            journal.changed(alert);
            return Optional.of(alert.id());
        }
        if (signal.type() == SignalType.CANCEL) {
            unmatched.record(signal.signalId(), "CANCEL_SIGNAL", signal.defenderId(), "no alert of hers to cancel",
                    now);
            return Optional.empty();
        }
        Alert alert = Alert.open(UUID.randomUUID(), codes.next(alerts::codeInUse), signal,
                contexts.forDefender(signal.defenderId()), now);
        signals.attach(alert.id(), signal, now);
        journal.opened(alert);
        return Optional.of(alert.id());
    }
}
