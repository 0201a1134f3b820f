package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AckLinkTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    private final AckLink links = new AckLink("a signing key of at least thirty-two bytes");
    private final AckLink.Token token = new AckLink.Token(UUID.randomUUID(), NOW.plusSeconds(3600));

    @Test
    void aTokenSignedByUsSaysWhichDeliveryItAcknowledgesUntilItExpires() {
        String signed = links.sign(token);

        assertThat(links.read(signed, NOW)).isEqualTo(new AckLink.Reading(AckLink.Verdict.VALID, token));
        assertThat(links.read(signed, NOW.plusSeconds(3600)).verdict()).isEqualTo(AckLink.Verdict.EXPIRED);
        assertThat(signed).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+").hasSizeLessThan(60);
    }

    @Test
    void theSameDeliveryAndExpiryAlwaysGiveTheSameToken() {
        assertThat(links.sign(token)).isEqualTo(links.sign(new AckLink.Token(token.deliveryId(), token.expiresAt())));
    }

    @Test
    void aChangedPayloadOrSignatureOrAnotherKeyIsForged() {
        String signed = links.sign(token);
        String payload = signed.substring(0, signed.indexOf('.'));
        String signature = signed.substring(signed.indexOf('.') + 1);
        byte[] bytes = Base64.getUrlDecoder().decode(payload);
        bytes[20]++;
        String laterExpiry = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes) + "." + signature;

        assertThat(links.read(laterExpiry, NOW).verdict()).isEqualTo(AckLink.Verdict.FORGED);
        assertThat(links.read(payload + "." + signature.replace(signature.charAt(0), signature.charAt(0) == 'A' ? 'B' : 'A'), NOW)
                .verdict()).isEqualTo(AckLink.Verdict.FORGED);
        assertThat(new AckLink("another signing key of thirty-two bytes").read(signed, NOW).verdict())
                .isEqualTo(AckLink.Verdict.FORGED);
    }

    @Test
    void garbageIsForged() {
        for (String garbage : new String[] {"", ".", "abc", "abc.def", "!!!.???", "a".repeat(500), null}) {
            assertThat(links.read(garbage, NOW)).isEqualTo(new AckLink.Reading(AckLink.Verdict.FORGED, null));
        }
    }

    @Test
    void onlyAHashIsStored() {
        String signed = links.sign(token);

        assertThat(AckLink.hash(signed)).hasSize(64).doesNotContain(signed).isEqualTo(AckLink.hash(signed));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new AckLink("short")).hasMessageContaining("32 bytes");
    }
}
