package org.centinela.console.adapter.out.escalation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.Policy;

/**
 * A policy as the body of {@code PUT /api/v1/policies/{policyId}} (contract §3): ISO-8601 durations, no repeat when it
 * has none, each level's brief rule ({@code ON_CONTACT}, {@code ON_ACK}, {@code NEVER}) and who may end its alerts
 * ({@code resolveBy}).
 */
final class PolicyBody {

    private PolicyBody() {
    }

    static Map<String, Object> of(Policy policy) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", policy.name());
        body.put("levels", policy.levels().stream().map(PolicyBody::level).toList());
        body.put("startLevelByGrade", policy.startLevelByGrade());
        body.put("resolveBy", policy.resolveBy());
        return body;
    }

    private static Map<String, Object> level(Policy.Level level) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", level.name());
        body.put("targets", List.copyOf(level.targets()));
        body.put("channels", List.copyOf(level.channels()));
        body.put("quorum", level.quorum());
        body.put("escalateAfter", level.escalateAfter().toString());
        if (level.repeats()) {
            body.put("repeatEvery", level.repeatEvery().toString());
        }
        body.put("brief", level.brief().name());
        return body;
    }
}
