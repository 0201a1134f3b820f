package org.centinela.escalation.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.centinela.escalation.domain.policy.EscalationPolicy;

/** Where the versions of the policies are written, besides what the engine reads of them ({@link Policies}). */
public interface PolicyStore extends Policies {

    /** One saved version: the policy, who saved it and when. */
    record SavedVersion(EscalationPolicy policy, String changedBy, Instant changedAt) {
    }

    /** The highest version ever saved of {@code policyId}, also of a deleted policy; empty if none. */
    OptionalLong lastVersion(String policyId);

    /** Saves {@code policy} as a new version and makes it the current one. */
    void save(EscalationPolicy policy, String changedBy, Instant at);

    /** The current version with who saved it and when. */
    Optional<SavedVersion> currentSaved(String policyId);

    /** A version with who saved it and when. */
    Optional<SavedVersion> savedVersion(String policyId, long version);

    /** Every current policy, by id. */
    List<SavedVersion> currentPolicies();

    /** Removes the current version of {@code policyId} (its versions stay for the alerts that follow them). */
    boolean delete(String policyId);

    /** The ids of the current policies that name group {@code groupId} in a level. */
    List<String> policiesNamingGroup(String groupId);

    /** The ids of the current policies that name responder {@code responderId} in a level. */
    List<String> policiesNamingResponder(String responderId);
}
