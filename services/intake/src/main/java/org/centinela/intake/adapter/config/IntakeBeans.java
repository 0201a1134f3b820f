package org.centinela.intake.adapter.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.application.AppRequests;
import org.centinela.intake.application.Directory;
import org.centinela.intake.application.OncePerClientId;
import org.centinela.intake.application.PinFailures;
import org.centinela.intake.application.PinGuard;
import org.centinela.intake.domain.PinLockOut;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Wires intake's plain-Java parts from its configuration. */
public class IntakeBeans {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    PepperedHash hashes(@ConfigProperty(name = "centinela.pepper") String pepper,
            @ConfigProperty(name = "centinela.pin-hash-iterations") int iterations) {
        return PepperedHash.fromConfiguredPepper(pepper, iterations);
    }

    /** What intake's responses are sealed with; {@code intake} is the issuer escalation knows it by. */
    @Produces
    @ApplicationScoped
    ResponseSeal responseSeal(ResponseKey key) {
        return new ResponseSeal("intake", key.value());
    }

    @Produces
    @ApplicationScoped
    Directory directory() {
        return new Directory();
    }

    @Produces
    @ApplicationScoped
    PinGuard pinGuard(PepperedHash hashes, PinFailures failures, Clock clock,
            @ConfigProperty(name = "intake.pin.max-failures") int maxFailures,
            @ConfigProperty(name = "intake.pin.failure-window") Duration window) {
        return new PinGuard(hashes, failures, clock, new PinLockOut(maxFailures, window));
    }

    @Produces
    @ApplicationScoped
    OncePerClientId oncePerClientId(AppRequests requests, Clock clock) {
        return new OncePerClientId(requests, clock);
    }
}
