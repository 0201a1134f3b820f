package org.centinela.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BriefLinkTest {

    private static final Instant NOW = Instant.parse("2026-03-07T20:05:00Z");
    private final BriefLink links = new BriefLink("a brief signing key of at least thirty-two bytes");
    private final UUID delivery = UUID.randomUUID();

    @Test
    void aTokenIsShortUrlSafeAndWorksUntilItExpires() {
        BriefLink.Issued issued = links.issue(delivery, NOW.plusSeconds(72 * 3600));

        assertThat(issued.token()).hasSize(BriefLink.LENGTH).matches("[A-Za-z0-9_-]{32}");
        assertThat(issued.expiresAt()).isEqualTo(NOW.plusSeconds(72 * 3600));
        assertThat(links.read(issued.token(), NOW)).isEqualTo(BriefLink.Verdict.VALID);
        assertThat(links.read(issued.token(), issued.expiresAt().minusSeconds(1))).isEqualTo(BriefLink.Verdict.VALID);
        assertThat(links.read(issued.token(), issued.expiresAt())).isEqualTo(BriefLink.Verdict.EXPIRED);
    }

    @Test
    void anExpiryBetweenMinutesIsRoundedUpToTheNextMinute() {
        assertThat(links.issue(delivery, NOW.plusSeconds(61)).expiresAt()).isEqualTo(NOW.plusSeconds(120));
        assertThat(links.issue(delivery, NOW.plusMillis(1)).expiresAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void theSameDeliveryAndExpiryAlwaysGiveTheSameTokenAndEveryOtherDeliveryAnother() {
        Instant expiry = NOW.plusSeconds(3600);
        Set<String> tokens = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            tokens.add(links.issue(UUID.randomUUID(), expiry).token());
        }

        assertThat(links.issue(delivery, expiry)).isEqualTo(links.issue(delivery, expiry));
        assertThat(tokens).hasSize(1_000);
        assertThat(links.issue(delivery, expiry).token()).isNotEqualTo(links.issue(delivery, expiry.plusSeconds(60)).token());
    }

    @Test
    void aChangedExpiryOrSignatureOrAnotherKeyIsForged() {
        String token = links.issue(delivery, NOW.plusSeconds(3600)).token();
        byte[] bytes = Base64.getUrlDecoder().decode(token);
        bytes[12]++;
        String later = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        bytes[12]--;
        bytes[23]++;
        String otherSignature = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);

        assertThat(links.read(later, NOW)).isEqualTo(BriefLink.Verdict.FORGED);
        assertThat(links.read(otherSignature, NOW)).isEqualTo(BriefLink.Verdict.FORGED);
        assertThat(new BriefLink("another brief signing key of thirty-two bytes").read(token, NOW))
                .isEqualTo(BriefLink.Verdict.FORGED);
    }

    @Test
    void anAckLinkKeyDoesNotMakeBriefLinks() {
        String key = "one key for both kinds of link, 32 bytes at least";
        AckLink.Token ack = new AckLink.Token(delivery, NOW.plusSeconds(3600));

        assertThat(new BriefLink(key).read(new AckLink(key).sign(ack), NOW)).isEqualTo(BriefLink.Verdict.FORGED);
    }

    @Test
    void garbageIsForged() {
        for (String garbage : new String[] {"", "abc", "!".repeat(32), "a".repeat(31), "a".repeat(33), "A".repeat(32),
                "=".repeat(32), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==", null}) {
            assertThat(links.read(garbage, NOW)).as("%s", garbage).isEqualTo(BriefLink.Verdict.FORGED);
        }
    }

    @Test
    void onlyItsHashIsStoredAndTheTokenIsNeverPrinted() {
        BriefLink.Issued issued = links.issue(delivery, NOW.plusSeconds(3600));

        assertThat(SigningKey.hash(issued.token())).hasSize(64).doesNotContain(issued.token());
        assertThat(issued.toString()).doesNotContain(issued.token());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new BriefLink("short")).hasMessageContaining("brief link signing key")
                .hasMessageContaining("32 bytes");
    }
}
