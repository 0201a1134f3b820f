package org.centinela.escalation.application;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.escalation.domain.response.ResponseTrust;

/**
 * The seals of the services that may publish on {@code alerts.responses}, each with its own key: escalation seals
 * what its API accepts with its own, and checks every response it applies against the key of the service its
 * proof names.
 */
public final class ResponseSeals {

    private final Map<String, ResponseSeal> byIssuer;

    /** One seal per issuer: intake's, notification's and escalation's own. */
    public ResponseSeals(ResponseSeal intake, ResponseSeal notification, ResponseSeal escalation) {
        this.byIssuer = List.of(intake, notification, escalation).stream()
                .collect(Collectors.toUnmodifiableMap(ResponseSeal::issuer, Function.identity()));
        if (!byIssuer.keySet().equals(Set.of(ResponseTrust.INTAKE, ResponseTrust.NOTIFICATION,
                ResponseTrust.ESCALATION))) {
            throw new IllegalArgumentException("one seal each for intake, notification and escalation");
        }
    }

    /** Escalation's own seal, for the answers its API accepts. */
    public ResponseSeal own() {
        return byIssuer.get(ResponseTrust.ESCALATION);
    }

    /** Whether the service {@code response}'s proof names sealed it, unchanged since. */
    public boolean sealed(AlertResponse response) {
        ResponseSeal seal = byIssuer.get(response.proof().issuer());
        return seal != null && seal.verifies(response);
    }
}
