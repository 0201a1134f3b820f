package org.centinela.escalation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.centinela.contracts.signal.SignalReceived;

/**
 * A signal her panic app sent names the device it came from: that device was last used when intake received it, so
 * that an operator sees which of her devices are in use. A device revoked meanwhile, or a signal older than the
 * device's latest, changes nothing; so does a redelivery.
 */
@ApplicationScoped
public class RecordDeviceUse {

    private final People people;

    public RecordDeviceUse(People people) {
        this.people = people;
    }

    @Transactional
    public void apply(SignalReceived signal) {
        if (signal.deviceId() == null) {
            return;
        }
        people.devices(signal.defenderId()).stream().filter(device -> device.id().equals(signal.deviceId()))
                .findFirst().ifPresent(device -> people.deviceUsed(device.tokenHash(), signal.receivedAt()));
    }
}
