package org.centinela.intake.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.intake.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeizedCodeWordsTest {

    private final PepperedHash hashes = PepperedHash.fromConfiguredPepper("pepper-for-unit-tests-only", 1000);
    private final Directory directory = new Directory();
    private final SeizedCodeWords seizedCodeWords = new SeizedCodeWords(directory, hashes);
    private PersonSnapshot marta;

    @BeforeEach
    void aDefenderWhoRegisteredTulipan() {
        marta = People.withSeizedCodeWord(hashes, People.defender(hashes, "def-1", "+50255510001", true), "Tulipán");
        directory.put(marta);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tulipan", "Tulipán", "¡¡TULIPÁN!! me quitaron el teléfono", "  tulipan, soy Marta",
        "ＴＵＬＩＰＡＮ"})
    void anSmsStartingWithHerWordAsPeopleTypeItNamesHerWhoeverSendsIt(String body) {
        assertThat(seizedCodeWords.namedIn(body, Optional.empty())).containsExactly(marta);
        assertThat(seizedCodeWords.namedIn(body, Optional.of(People.responder("res-1", "+50255510002", "es"))))
                .containsExactly(marta);
        assertThat(seizedCodeWords.namedIn(body, Optional.of(marta))).containsExactly(marta);
    }

    @ParameterizedTest
    @ValueSource(strings = {"me quitaron el teléfono, tulipan", "tulipanes", "SOS tulipan", "", "  ¡! "})
    void herWordAnywhereButFirstOrInsideAnotherNamesNobody(String body) {
        assertThat(seizedCodeWords.namedIn(body, Optional.empty())).isEmpty();
    }

    @Test
    void theSendersOwnPanicCodeWordStaysHerAlarmEvenIfItIsAnothersSeizedPhoneWord() {
        // People.defender gives every test defender the panic code word "girasol".
        PersonSnapshot ana = People.withSeizedCodeWord(hashes, People.defender(hashes, "def-2", "+50255510003", true),
                People.CODE_WORD);
        directory.put(ana);

        assertThat(seizedCodeWords.namedIn("Girasol, me siguen", Optional.of(marta))).isEmpty();
        assertThat(seizedCodeWords.namedIn("Girasol, me siguen", Optional.empty())).containsExactly(ana);
        assertThat(seizedCodeWords.namedIn("Girasol", Optional.of(People.responder("res-1", "+50255510002", "es"))))
                .containsExactly(ana);
    }
}
