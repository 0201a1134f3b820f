package org.centinela.console.adapter.out.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.centinela.console.domain.NotFound;
import org.centinela.console.domain.network.Device;
import org.centinela.console.domain.network.EnrolledDevice;
import org.centinela.console.domain.network.EntryRefused;
import org.junit.jupiter.api.Test;

/** What the console asks of escalation's {@code /api/v1/defenders/{id}/devices}, and how it reads the answers. */
class EscalationDevicesTest {

    /** Read as Quarkus reads a service's JSON: ISO instants, unknown fields ignored. */
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final String DEVICE = "0b6f9a52-1d2e-4f3a-8b4c-5d6e7f8a9b0c";

    private final RecordedDirectoryApi escalation = new RecordedDirectoryApi();
    private final EscalationDevices devices = new EscalationDevices(escalation.api);

    @Test
    void herDevicesAreAskedForByHerId() {
        List<Device> hers = List.of(new Device(DEVICE, Instant.parse("2026-12-01T09:00:00Z"), null));
        escalation.answering("GET /api/v1/defenders/d-1/devices", hers);

        assertThat(devices.of("d-1")).isEqualTo(hers);
        assertThat(escalation.requests).containsExactly("GET /api/v1/defenders/d-1/devices");
    }

    @Test
    void enrollingPostsAnEmptyBodyAndGivesTheNewDevicesIdAndToken() {
        EnrolledDevice enrolled = new EnrolledDevice(DEVICE, "tok-5f2c");
        escalation.answering("POST /api/v1/defenders/d-1/devices", enrolled);

        assertThat(devices.enrol("d-1")).isEqualTo(enrolled);
        assertThat(escalation.requests).containsExactly("POST /api/v1/defenders/d-1/devices {}");
    }

    @Test
    void aDeviceIsRevokedByItsIdAndAllOfThemByHers() {
        devices.revoke("d-1", DEVICE);
        devices.revokeAll("d-1");

        assertThat(escalation.requests).containsExactly("DELETE /api/v1/defenders/d-1/devices/" + DEVICE,
                "DELETE /api/v1/defenders/d-1/devices");
    }

    @Test
    void aDeviceEscalationDoesNotKnowIsNotFound() {
        escalation.refusing("DELETE /api/v1/defenders/d-1/devices/" + DEVICE, 404);

        assertThatThrownBy(() -> devices.revoke("d-1", DEVICE)).isInstanceOf(NotFound.class);
    }

    @Test
    void aChangeEscalationRefusesIsARefusalAsTheDirectorysAre() {
        escalation.refusing("POST /api/v1/defenders/d-1/devices", 409)
                .refusing("DELETE /api/v1/defenders/d-1/devices", 422);

        assertThatThrownBy(() -> devices.enrol("d-1")).isInstanceOfSatisfying(EntryRefused.class,
                refused -> assertThat(refused.conflict()).isTrue());
        assertThatThrownBy(() -> devices.revokeAll("d-1")).isInstanceOfSatisfying(EntryRefused.class,
                refused -> assertThat(refused.conflict()).isFalse());
    }

    @Test
    void readsHerDevicesAsEscalationListsThemOneNeverUsed() throws Exception {
        List<Device> hers = JSON.readValue("""
                [ { "id": "0b6f9a52-1d2e-4f3a-8b4c-5d6e7f8a9b0c", "enrolledAt": "2026-12-01T09:00:00Z",
                    "lastUsedAt": "2026-12-07T10:00:00Z" },
                  { "id": "1c7a0b63-2e3f-4a5b-9c6d-7e8f9a0b1c2d", "enrolledAt": "2026-12-05T16:30:00Z",
                    "lastUsedAt": null } ]
                """, new TypeReference<List<Device>>() { });

        assertThat(hers).extracting(Device::shortId).containsExactly("0b6f9a52", "1c7a0b63");
        assertThat(hers.get(0).lastUsedAt()).isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(hers).extracting(Device::everUsed).containsExactly(true, false);
    }

    @Test
    void readsTheNewDevicesIdAndTokenAndNeverWritesTheTokenDown() throws Exception {
        EnrolledDevice enrolled = JSON.readValue("""
                { "deviceId": "0b6f9a52-1d2e-4f3a-8b4c-5d6e7f8a9b0c", "deviceToken": "tok-5f2c" }
                """, EnrolledDevice.class);

        assertThat(enrolled).isEqualTo(new EnrolledDevice(DEVICE, "tok-5f2c"));
        assertThat(enrolled.toString()).contains(DEVICE).doesNotContain("tok-5f2c");
        assertThat(Map.of("device", enrolled).toString()).doesNotContain("tok-5f2c");
    }
}
