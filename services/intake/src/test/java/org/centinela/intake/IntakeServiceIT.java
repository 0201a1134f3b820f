package org.centinela.intake;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.centinela.testing.RunningServiceContract;

@QuarkusIntegrationTest
class IntakeServiceIT extends RunningServiceContract {

    @Override
    protected String database() {
        return "centinela_intake_test";
    }

    @Override
    protected String migratedTable() {
        return "outbox_event";
    }
}
