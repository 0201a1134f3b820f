package org.centinela.escalation;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.centinela.testing.RunningServiceContract;

@QuarkusIntegrationTest
class EscalationServiceIT extends RunningServiceContract {

    @Override
    protected String database() {
        return "centinela_escalation_test";
    }

    @Override
    protected String migratedTable() {
        return "audit_entry";
    }
}
