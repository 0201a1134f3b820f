package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.centinela.escalation.domain.alert.Alert;

/**
 * The operator on duty decides on an alert held for triage (level 0: an unknown sender, or a signal risk scoring
 * asked her to look at): she attaches it to a defender of the directory, who then has it under her policy and her
 * brief; opens it for someone not in the directory under a policy, with the name she typed; or dismisses it. The
 * decision is on the timeline and in the audit log (the journal puts it there), in one transaction with what the
 * alert then does.
 */
@ApplicationScoped
public class TriageAlert {

    private final Alerts alerts;
    private final AlertFiles files;
    private final AlertContexts contexts;
    private final AlertJournal journal;
    private final People people;
    private final Policies policies;
    private final ReadAlerts readAlerts;
    private final Clock clock;

    public TriageAlert(Alerts alerts, AlertFiles files, AlertContexts contexts, AlertJournal journal, People people,
            Policies policies, ReadAlerts readAlerts, Clock clock) {
        this.alerts = alerts;
        this.files = files;
        this.contexts = contexts;
        this.journal = journal;
        this.people = people;
        this.policies = policies;
        this.readAlerts = readAlerts;
        this.clock = clock;
    }

    /**
     * Applies operator {@code operator}'s {@code triage} to alert {@code alertId}; the alert as it is then.
     *
     * @throws UnknownAlert    when there is no such alert
     * @throws InvalidTriage   when the decision breaks a rule (an action, a defender or a policy unknown …)
     * @throws TriageConflict  when the alert is not held for triage, or the defender has another alert not over
     */
    @Transactional
    public NamedAlertFile triage(String operator, UUID alertId, Triage triage) {
        if (!files.exists(alertId)) {
            throw new UnknownAlert(alertId);
        }
        Triage.Action action = triage.checked(id -> people.defender(id).isPresent(),
                id -> policies.current(id).isPresent());
        // To attach it, her lock first (then her alert not over), in the order RaiseAlert takes them: her signals
        // wait until she has this alert, and this alert is never locked before her lock is held.
        Optional<Alert> hers = action == Triage.Action.ATTACH ? alerts.notOverOf(triage.defenderId())
                : Optional.empty();
        Alert alert = hers.filter(same -> same.id().equals(alertId)).or(() -> alerts.lock(alertId))
                .orElseThrow(() -> new UnknownAlert(alertId));
        if (!alert.heldForTriage()) {
            throw TriageConflict.notHeld();
        }
        Instant now = clock.instant();
        switch (action) {
            case ATTACH -> {
                if (hers.isPresent() && !hers.get().id().equals(alertId)) {
                    throw TriageConflict.openAlertExists(hers.get().id().toString());
                }
                alert.attachTo(triage.defenderId(), contexts.forDefender(triage.defenderId()), operator, now);
            }
            case OPEN -> alert.openFor(triage.name(), contexts.forPolicy(triage.policyId())
                    .orElseThrow(() -> new IllegalStateException("policy " + triage.policyId() + " went away")),
                    operator, now);
            case DISMISS -> alert.dismiss(triage.reason(), operator, now);
        }
        journal.changed(alert);
        return readAlerts.named(alertId);
    }
}
