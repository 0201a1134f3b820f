package org.centinela.contracts.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DeviceIdTest {

    @Test
    void theSameTokenHashAlwaysNamesTheSameDeviceAndAnotherAnother() {
        assertThat(DeviceId.of("hash-a")).isEqualTo(DeviceId.of("hash-a")).isNotEqualTo(DeviceId.of("hash-b"));
    }

    @Test
    void theIdDoesNotContainTheHash() {
        assertThat(DeviceId.of("abcdef0123").toString()).doesNotContain("abcdef0123");
    }
}
