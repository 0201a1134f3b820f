package org.centinela.escalation.domain.alert;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;

/**
 * Everything an {@link Alert} knows, as plain data: what is stored between two events, and what
 * {@link Alert#restore} rebuilds it from. Its timeline is not part of it (it only grows, and is
 * stored line by line).
 *
 * @param defenderId       the defender it protects, or an unknown sender's key until triage attaches it to one
 * @param policyId         the policy it follows; null for an alert held for triage without one
 * @param policyVersion    the version of that policy it started with, 0 without a policy
 * @param startLevel       the level it started at, 0 while held for triage
 * @param level            the highest level it has started, 0 while held for triage
 * @param handled          the signals and responses already applied, so a redelivery changes nothing
 * @param operatorPages    how many times the operators were paged
 * @param briefVersion     the version of its brief, 1 at opening (0 in what was stored before briefs: read as 1)
 * @param typedName        the name an operator typed when opening it by triage for someone not in the directory;
 *                         null otherwise
 * @param briefUpdateSteps how many BRIEF_UPDATE steps it made
 * @param nextBriefUpdate  when the earliest BRIEF_UPDATE step not fired yet falls due; null when none is known
 * @param askedToClose     the responders whose RESOLVE did not end it (yet), in the order they asked; none in what was
 *                         stored before policies said who may end an alert
 * @param phoneSeizure     the number of the latest seizure of her phone it marked (her first is 1); 0 when none, also
 *                         in what was stored before phones were marked seized
 */
public record AlertSnapshot(UUID id, String code, String defenderId, boolean verifiedSender, String policyId,
        long policyVersion, Grade grade, int score, AlertState state, boolean duress, Instant openedAt,
        Instant updatedAt, int startLevel, int level, List<LevelRun> levels, List<Recipient> recipients,
        List<SentRequest> requests, List<Acknowledgement> acks, Set<UUID> handled, int operatorPages,
        long briefVersion, String typedName, int briefUpdateSteps, Instant nextBriefUpdate,
        List<String> askedToClose, int phoneSeizure) {

    public AlertSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defenderId, "defenderId");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        levels = List.copyOf(levels);
        recipients = List.copyOf(recipients);
        requests = List.copyOf(requests);
        acks = List.copyOf(acks);
        handled = Set.copyOf(handled);
        askedToClose = askedToClose == null ? List.of() : List.copyOf(askedToClose);
    }
}
