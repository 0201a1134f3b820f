package org.centinela.console.adapter.out.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import org.centinela.console.adapter.out.ServiceAnswers;
import org.centinela.console.application.DefenderDevices;
import org.centinela.console.domain.network.Device;
import org.centinela.console.domain.network.EnrolledDevice;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@link DefenderDevices} through escalation's {@code /api/v1/defenders/{id}/devices}: a refusal of a change becomes
 * {@code EntryRefused} as the directory's do, and 404 (her, or a device she does not have) {@code NotFound}.
 */
@ApplicationScoped
public class EscalationDevices implements DefenderDevices {

    private final EscalationDirectoryApi api;

    public EscalationDevices(@RestClient EscalationDirectoryApi api) {
        this.api = api;
    }

    @Override
    public List<Device> of(String defenderId) {
        return ServiceAnswers.call("devices of defender " + defenderId, () -> api.devices(defenderId));
    }

    @Override
    public EnrolledDevice enrol(String defenderId) {
        return EscalationNetwork.saving("defender " + defenderId, () -> api.enrolDevice(defenderId, Map.of()));
    }

    @Override
    public void revoke(String defenderId, String deviceId) {
        EscalationNetwork.removing("device " + deviceId + " of defender " + defenderId,
                () -> api.revokeDevice(defenderId, deviceId));
    }

    @Override
    public void revokeAll(String defenderId) {
        EscalationNetwork.removing("devices of defender " + defenderId, () -> api.revokeDevices(defenderId));
    }
}
