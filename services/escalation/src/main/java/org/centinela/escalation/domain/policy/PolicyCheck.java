package org.centinela.escalation.domain.policy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The rules of a policy that need the network directory, which the policy alone cannot know: its
 * groups and responders must exist, and each level must reach at least as many distinct people as
 * its quorum. Checked when a policy is saved; the network may change later, which the engine copes with.
 */
public final class PolicyCheck {

    private PolicyCheck() {
    }

    /**
     * Everything wrong with {@code policy} against the current network, in level and target order;
     * empty when it is sound.
     *
     * @param groupMembers    the responder ids of a group, empty when there is no such group
     * @param responderExists whether a responder id is known
     */
    public static List<Violation> againstNetwork(EscalationPolicy policy,
            Function<String, Optional<Set<String>>> groupMembers, Predicate<String> responderExists) {
        List<Violation> violations = new ArrayList<>();
        List<PolicyLevel> levels = policy.levels();
        for (int i = 0; i < levels.size(); i++) {
            PolicyLevel level = levels.get(i);
            String prefix = "levels[" + i + "].";
            Set<String> reachable = new LinkedHashSet<>();
            for (int j = 0; j < level.targets().size(); j++) {
                String field = prefix + "targets[" + j + "]";
                Target target = level.targets().get(j);
                if (target instanceof Target.Group group) {
                    groupMembers.apply(group.groupId()).ifPresentOrElse(
                            members -> members.stream().filter(responderExists).forEach(reachable::add),
                            () -> violations.add(Violation.of(field, "names an unknown group '" + group.groupId() + "'",
                                    "unknown-group", group.groupId())));
                } else if (target instanceof Target.Responder responder) {
                    if (responderExists.test(responder.responderId())) {
                        reachable.add(responder.responderId());
                    } else {
                        violations.add(Violation.of(field, "names an unknown responder '" + responder.responderId() + "'",
                                "unknown-responder", responder.responderId()));
                    }
                }
            }
            if (level.quorum() > reachable.size()) {
                violations.add(Violation.of(prefix + "quorum", level.quorum() + " is more than the " + reachable.size()
                        + (reachable.size() == 1 ? " person" : " people") + " level " + (i + 1) + " reaches",
                        "quorum-unreachable", level.quorum(), reachable.size(), i + 1));
            }
        }
        return List.copyOf(violations);
    }
}
