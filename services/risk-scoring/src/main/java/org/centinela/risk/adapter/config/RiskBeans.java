package org.centinela.risk.adapter.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.centinela.risk.application.CurrentModel;
import org.centinela.risk.application.DefenderProfiles;
import org.centinela.risk.application.ModelVersions;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires risk-scoring's plain-Java parts from its configuration. */
public class RiskBeans {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    DefenderProfiles defenderProfiles() {
        return new DefenderProfiles();
    }

    @Produces
    @ApplicationScoped
    CurrentModel currentModel(ModelVersions versions, Clock clock,
            @ConfigProperty(name = "risk.model.recheck-every") Duration recheck) {
        return new CurrentModel(versions, clock, recheck);
    }
}
