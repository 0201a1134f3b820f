package org.centinela.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.People;
import org.junit.jupiter.api.Test;

class DirectoryTest {

    private final PepperedHash hashes = PepperedHash.fromConfiguredPepper("pepper-for-unit-tests-only", 1000);
    private final Directory directory = new Directory();

    @Test
    void aNewerSnapshotReplacesTheOldPhoneAndDevices() {
        directory.put(People.defender(hashes, "def-1", "+50255510001", true));
        PersonSnapshot moved = People.defender(hashes, "def-1", "+50255510002", true);
        directory.put(moved);

        assertThat(directory.byPhone("+50255510001")).isEmpty();
        assertThat(directory.byPhone("+50255510002")).contains(moved);
        assertThat(directory.byDeviceToken(hashes.fingerprint(People.deviceToken("def-1")))).contains(moved);
    }

    @Test
    void aTombstoneRemovesEveryWayToFindHer() {
        directory.put(People.defender(hashes, "def-1", "+50255510001", true));
        directory.remove("def-1");

        assertThat(directory.byId("def-1")).isEmpty();
        assertThat(directory.byPhone("+50255510001")).isEmpty();
        assertThat(directory.byDeviceToken(hashes.fingerprint(People.deviceToken("def-1")))).isEmpty();
    }
}
