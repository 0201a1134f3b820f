package org.centinela.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.AuditEntry;
import org.junit.jupiter.api.Test;

class RotateMasterKeyTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-08T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void everyDataKeyIsRewrappedAndTheRotationAuditedByTheMasterKeysIdAlone() {
        List<String> audit = new ArrayList<>();
        AuditTrail trail = new AuditTrail() {
            @Override
            public AuditEntry append(Instant at, String actor, AuditAction action, String subject, String channel) {
                audit.add(actor + " " + action + " " + subject);
                return null;
            }

            @Override
            public List<AuditEntry> page(long before, int limit) {
                return List.of();
            }
        };
        RotateMasterKey rotate = new RotateMasterKey(() -> new DataKeys.Rewrapping("k2", 3), trail, CLOCK);

        assertThat(rotate.rotate("operadora")).isEqualTo(new DataKeys.Rewrapping("k2", 3));
        assertThat(audit).containsExactly("operadora REWRAP_DATA_KEYS master-key:k2");
    }
}
