package org.centinela.console.domain.network;

import java.util.Objects;

/** A device just enrolled for her panic app: its id, and its token, which is shown this once and never again. */
public record EnrolledDevice(String deviceId, String deviceToken) {

    public EnrolledDevice {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(deviceToken, "deviceToken");
    }

    @Override
    public String toString() {
        return "EnrolledDevice[deviceId=" + deviceId + "]";
    }
}
