package org.centinela.console.adapter.out.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;
import org.centinela.console.application.SeizedPhones;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link SeizedPhones} through escalation's {@code PUT /api/v1/defenders/{id}/phone-seized}; its 422 (no
 * verification) becomes {@code EntryRefused} naming {@code verification}, as the directory's refusals do.
 */
@ApplicationScoped
public class EscalationSeizedPhones implements SeizedPhones {

    private final EscalationDirectoryApi api;

    public EscalationSeizedPhones(@RestClient EscalationDirectoryApi api) {
        this.api = api;
    }

    @Override
    public void markSeized(String defenderId) {
        EscalationNetwork.saving("defender " + defenderId, () -> api.phoneSeized(defenderId, Map.of("seized", true)));
    }

    @Override
    public void clear(String defenderId, String verification) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("seized", false);
        body.put("verification", verification);
        EscalationNetwork.saving("defender " + defenderId, () -> api.phoneSeized(defenderId, body));
    }
}
