package org.centinela.escalation.application.engine;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** The engine on the real database and the real clock, its step timer on; failed steps set aside quickly. */
public class TimerOnProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FakeNetwork.class, FakePolicies.class);
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("escalation.steps.enabled", "true",
                "escalation.steps.retry-after", "PT0.05S",
                "escalation.steps.set-aside-after", "3");
    }
}
