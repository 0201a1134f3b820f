package org.centinela.escalation.adapter.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.centinela.contracts.secret.PepperedHash;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keyed hashes of PINs, device tokens and code words, with the pepper every service shares
 * ({@code centinela.pepper}): what escalation hashes here, intake checks there.
 */
public class PepperProducer {

    @Produces
    @ApplicationScoped
    PepperedHash hashes(@ConfigProperty(name = "centinela.pepper") String pepper,
            @ConfigProperty(name = "centinela.pin-hash-iterations") int iterations) {
        return PepperedHash.fromConfiguredPepper(pepper, iterations);
    }
}
