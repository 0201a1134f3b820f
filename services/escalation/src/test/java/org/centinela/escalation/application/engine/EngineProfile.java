package org.centinela.escalation.application.engine;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Set;

/** The engine on the real database, with a network, policies and a clock the test sets. */
public class EngineProfile implements QuarkusTestProfile {

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(FakeNetwork.class, FakePolicies.class, SteppingClock.class);
    }
}
