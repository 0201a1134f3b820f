package org.centinela.escalation.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.centinela.contracts.alert.AlertState;
import org.centinela.contracts.signal.Grade;
import org.centinela.escalation.domain.alert.Acknowledgement;
import org.centinela.escalation.domain.alert.TimelineEntry;

/**
 * An alert as operators, auditors and the responders it contacted read it: where it stands, who said
 * "I'm on it", and its timeline in order. Ids, codes and states only, like everything the alert keeps.
 *
 * @param policyId      the policy it follows; null for an alert held for triage without one
 * @param policyVersion the version of that policy, 0 without a policy
 * @param acks          the acknowledgements in the order they came
 * @param timeline      what happened to it, oldest first
 */
public record AlertFile(UUID id, String code, String defenderId, AlertState state, Grade grade, int score, int level,
        boolean verifiedSender, String policyId, long policyVersion, Instant openedAt, Instant updatedAt,
        List<Acknowledgement> acks, List<TimelineEntry> timeline) {

    public AlertFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defenderId, "defenderId");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        acks = List.copyOf(acks);
        timeline = List.copyOf(timeline);
    }
}
