package org.centinela.escalation.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.centinela.escalation.domain.policy.Violation;

/**
 * An operator's decision on an alert held for triage, as she sent it ({@code POST /api/v1/alerts/{id}/triage}),
 * every rule still to check: ATTACH it to a defender of the directory ({@code defenderId}), OPEN it for someone
 * not in it under a policy ({@code policyId}) with the name she typed ({@code name}), or DISMISS it
 * ({@code reason}). Fields another action needs are ignored. {@link #toString()} withholds the name and the reason.
 */
public record Triage(String action, String defenderId, String policyId, String name, String reason) {

    public static final int MAX_NAME_LENGTH = 200;
    public static final int MAX_REASON_LENGTH = 500;

    /** What the operator decided. */
    public enum Action {
        ATTACH,
        OPEN,
        DISMISS
    }

    private static final String ACTIONS = Arrays.stream(Action.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    /**
     * Its action, once every rule holds: the action is one of {@link Action}, and what it needs is there —
     * {@code defenderId} naming a defender ({@code defenderExists}), {@code policyId} naming a policy
     * ({@code policyExists}) and a name of at most {@value #MAX_NAME_LENGTH} characters, a reason of at most
     * {@value #MAX_REASON_LENGTH}.
     *
     * @throws InvalidTriage with every rule broken
     */
    public Action checked(Predicate<String> defenderExists, Predicate<String> policyExists) {
        List<Violation> violations = new ArrayList<>();
        Action chosen = null;
        if (action == null || action.isBlank()) {
            violations.add(Violation.of("action", "is required", "required"));
        } else {
            try {
                chosen = Action.valueOf(action.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                violations.add(Violation.of("action", "must be one of " + ACTIONS, "not-one-of", ACTIONS));
            }
        }
        if (chosen == Action.ATTACH) {
            if (defenderId == null || defenderId.isBlank()) {
                violations.add(Violation.of("defenderId", "is required", "required"));
            } else if (!defenderExists.test(defenderId)) {
                violations.add(Violation.of("defenderId", "names no defender", "unknown-defender", defenderId));
            }
        } else if (chosen == Action.OPEN) {
            if (policyId == null || policyId.isBlank()) {
                violations.add(Violation.of("policyId", "is required", "required"));
            } else if (!policyExists.test(policyId)) {
                violations.add(Violation.of("policyId", "names no policy", "unknown-policy", policyId));
            }
            text("name", name, MAX_NAME_LENGTH, violations);
        } else if (chosen == Action.DISMISS) {
            text("reason", reason, MAX_REASON_LENGTH, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidTriage(violations);
        }
        return chosen;
    }

    private static void text(String field, String value, int max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            violations.add(Violation.of(field, "must not be blank", "blank"));
        } else if (value.strip().length() > max) {
            violations.add(Violation.of(field, "must be at most " + max + " characters", "too-long", max));
        }
    }

    @Override
    public String toString() {
        return "Triage[action=" + action + ", defenderId=" + defenderId + ", policyId=" + policyId
                + ", name and reason withheld]";
    }
}
