package org.centinela.console.application;

import java.util.List;
import org.centinela.console.domain.network.Device;
import org.centinela.console.domain.network.EnrolledDevice;

/**
 * The devices of a defender's panic app in escalation's directory, enrolled and revoked with the signed-in
 * operator's token (escalation audits each change). A defender or device that escalation does not know is
 * {@code NotFound}; a change it refuses, {@code EntryRefused}.
 */
public interface DefenderDevices {

    /** Her enrolled devices, the oldest first. */
    List<Device> of(String defenderId);

    /** Enrols a device of her panic app: its id, and its token, which is shown this once and never again. */
    EnrolledDevice enrol(String defenderId);

    /** The device's token stops working at once. */
    void revoke(String defenderId, String deviceId);

    /** Every token of her panic app stops working at once. */
    void revokeAll(String defenderId);
}
