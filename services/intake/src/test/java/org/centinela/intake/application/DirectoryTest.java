package org.centinela.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.centinela.contracts.directory.PersonRole;
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

    @Test
    void aDefenderIsFoundByTheFingerprintOfHerSeizedPhoneCodeWord() {
        PersonSnapshot marta = People.withSeizedCodeWord(hashes, People.defender(hashes, "def-1", "+50255510001", true),
                "tulipan");
        directory.put(marta);

        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("tulipan"))).containsExactly(marta);
        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("girasol"))).isEmpty();
    }

    @Test
    void aNewerSnapshotOrATombstoneDropsHerOldSeizedPhoneCodeWord() {
        PersonSnapshot marta = People.defender(hashes, "def-1", "+50255510001", true);
        directory.put(People.withSeizedCodeWord(hashes, marta, "tulipan"));
        PersonSnapshot renamed = People.withSeizedCodeWord(hashes, marta, "orquidea");
        directory.put(renamed);

        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("tulipan"))).isEmpty();
        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("orquidea"))).containsExactly(renamed);

        directory.put(marta);
        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("orquidea"))).as("removed from her snapshot").isEmpty();

        directory.put(renamed);
        directory.remove("def-1");
        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("orquidea"))).as("after her tombstone").isEmpty();
    }

    @Test
    void twoDefendersWithTheSameSeizedPhoneCodeWordAreBothFoundAndEachKeepsItUntilSheDropsIt() {
        PersonSnapshot ana = People.withSeizedCodeWord(hashes, People.defender(hashes, "def-b", "+50255510002", true),
                "tulipan");
        PersonSnapshot marta = People.withSeizedCodeWord(hashes, People.defender(hashes, "def-a", "+50255510001", true),
                "tulipan");
        directory.put(ana);
        directory.put(marta);

        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("tulipan"))).containsExactly(marta, ana);

        directory.remove("def-a");
        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("tulipan"))).containsExactly(ana);
    }

    @Test
    void onlyADefendersSeizedPhoneCodeWordNamesHer() {
        PersonSnapshot responder = People.responder("res-1", "+50255510003", "es");
        directory.put(responder.withSeizure(false, hashes.fingerprint("tulipan")));

        assertThat(responder.role()).isEqualTo(PersonRole.RESPONDER);
        assertThat(directory.bySeizedCodeWord(hashes.fingerprint("tulipan"))).isEmpty();
    }
}
