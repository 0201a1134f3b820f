package org.centinela.escalation.adapter.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.escalation.application.ResponseSeals;
import org.centinela.escalation.domain.response.ResponseTrust;

/** The seals of {@code alerts.responses}, from the configured {@link ResponseKeys}. */
public class ResponseSealsProducer {

    @Produces
    @ApplicationScoped
    ResponseSeals seals(ResponseKeys keys) {
        return new ResponseSeals(new ResponseSeal(ResponseTrust.INTAKE, keys.intake()),
                new ResponseSeal(ResponseTrust.NOTIFICATION, keys.notification()),
                new ResponseSeal(ResponseTrust.ESCALATION, keys.escalation()));
    }
}
