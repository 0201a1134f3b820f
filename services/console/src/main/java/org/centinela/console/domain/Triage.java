package org.centinela.console.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * An operator's decision on an alert held for triage (an unknown sender's): attach it to a defender of the directory
 * (it follows her policy), open it for someone not in the directory under a policy with the name the operator typed,
 * or dismiss it with a reason. escalation judges every rule. The name and the reason are personal data:
 * {@link #toString()} withholds them.
 *
 * @param defenderId for {@code ATTACH}, "" otherwise
 * @param policyId   for {@code OPEN}, "" otherwise
 * @param name       for {@code OPEN}: the name her network will know her by
 * @param reason     for {@code DISMISS}
 */
public record Triage(Action action, String defenderId, String policyId, String name, String reason) {

    /** What the operator decided. */
    public enum Action { ATTACH, OPEN, DISMISS }

    public Triage {
        Objects.requireNonNull(action, "action");
        defenderId = defenderId == null ? "" : defenderId;
        policyId = policyId == null ? "" : policyId;
        name = name == null ? "" : name;
        reason = reason == null ? "" : reason;
    }

    /** The body of escalation's {@code POST /api/v1/alerts/{id}/triage}: the action and its own fields only. */
    public Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("action", action.name());
        switch (action) {
            case ATTACH -> body.put("defenderId", defenderId);
            case OPEN -> {
                body.put("policyId", policyId);
                body.put("name", name);
            }
            case DISMISS -> body.put("reason", reason);
        }
        return body;
    }

    @Override
    public String toString() {
        return "Triage[action=" + action + ", defenderId=" + defenderId + ", policyId=" + policyId
                + ", name and reason withheld]";
    }
}
