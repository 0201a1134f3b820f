package org.centinela.contracts.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PepperedHashTest {

    private final PepperedHash hash = PepperedHash.fromConfiguredPepper("local-pepper-for-tests-only", 1_000);
    private final PepperedHash otherPepper = PepperedHash.fromConfiguredPepper("another-pepper-entirely!", 1_000);

    @Test
    void aPinMatchesItsHashAndNoOtherPin() {
        String stored = hash.hashPin("4821");

        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("4821");
        assertThat(hash.matchesPin("4821", stored)).isTrue();
        assertThat(hash.matchesPin("4822", stored)).isFalse();
        assertThat(hash.matchesPin("", stored)).isFalse();
    }

    @Test
    void theSamePinHashesDifferentlyEachTimeButBothMatch() {
        String first = hash.hashPin("4821");
        String second = hash.hashPin("4821");

        assertThat(first).isNotEqualTo(second);
        assertThat(hash.matchesPin("4821", first)).isTrue();
        assertThat(hash.matchesPin("4821", second)).isTrue();
    }

    @Test
    void withoutThePepperAStoredPinCannotBeChecked() {
        String stored = hash.hashPin("4821");

        assertThat(otherPepper.matchesPin("4821", stored)).isFalse();
    }

    @Test
    void storedHashesKeepTheirIterationCount() {
        PepperedHash stronger = PepperedHash.fromConfiguredPepper("local-pepper-for-tests-only", 2_000);
        String old = hash.hashPin("4821");

        assertThat(stronger.matchesPin("4821", old)).isTrue();
        assertThat(stronger.hashPin("4821")).startsWith("pbkdf2-sha256$2000$");
    }

    @Test
    void malformedStoredHashesNeverMatch() {
        assertThat(hash.matchesPin("4821", "4821")).isFalse();
        assertThat(hash.matchesPin("4821", "pbkdf2-sha256$10$AAAA$AAAA")).isFalse();
        assertThat(hash.matchesPin("4821", "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(hash.matchesPin("4821", "md5$1$2$3")).isFalse();
        assertThat(hash.matchesPin("4821", null)).isFalse();
    }

    @Test
    void fingerprintsAreDeterministicKeyedAndRevealNothing() {
        String token = "dEv1ce-T0ken-with-256-bits-of-randomness";

        assertThat(hash.fingerprint(token)).isEqualTo(hash.fingerprint(token)).doesNotContain("dEv1ce");
        assertThat(hash.fingerprint(token)).isNotEqualTo(otherPepper.fingerprint(token));
        assertThat(hash.fingerprint("+50255510001")).isNotEqualTo(hash.fingerprint("+50255510002"));
        assertThat(hash.fingerprint(token)).matches("[A-Za-z0-9_-]{43}");
    }

    @Test
    void aShortPepperOrTooFewIterationsAreRefused() {
        assertThatThrownBy(() -> new PepperedHash("short".getBytes(StandardCharsets.UTF_8), 1_000))
                .hasMessageContaining("pepper");
        assertThatThrownBy(() -> PepperedHash.fromConfiguredPepper("local-pepper-for-tests-only", 10))
                .hasMessageContaining("iterations");
    }
}
