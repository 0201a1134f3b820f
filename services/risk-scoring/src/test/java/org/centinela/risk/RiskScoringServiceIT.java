package org.centinela.risk;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.centinela.testing.RunningServiceContract;

@QuarkusIntegrationTest
class RiskScoringServiceIT extends RunningServiceContract {

    @Override
    protected String database() {
        return "centinela_risk_scoring_test";
    }

    @Override
    protected String migratedTable() {
        return "risk_model_version";
    }
}
