package org.centinela.escalation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.centinela.escalation.domain.AuditAction;
import org.centinela.escalation.domain.AuditEntry;
import org.junit.jupiter.api.Test;

class ReadAuditLogTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");

    private final InMemoryAuditTrail trail = new InMemoryAuditTrail();
    private final ReadAuditLog readAuditLog = new ReadAuditLog(trail, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void readingTheLogIsItselfRecordedAndShownFirst() {
        trail.append(NOW.minusSeconds(60), "operadora", AuditAction.UPDATE, "policy:gt-default");

        List<AuditEntry> page = readAuditLog.read("auditora", null, 10);

        assertThat(page).extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::subject, AuditEntry::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("auditora", AuditAction.READ, ReadAuditLog.SUBJECT, NOW),
                        org.assertj.core.groups.Tuple.tuple("operadora", AuditAction.UPDATE, "policy:gt-default",
                                NOW.minusSeconds(60)));
    }

    @Test
    void pagesGoBackwardsFromTheCursor() {
        for (int i = 1; i <= 5; i++) {
            trail.append(NOW, "operadora", AuditAction.CREATE, "responder:" + i);
        }

        List<AuditEntry> older = readAuditLog.read("auditora", 4L, 2);

        assertThat(older).extracting(AuditEntry::sequence).containsExactly(3L, 2L);
    }

    @Test
    void refusesPagesOutsideTheLimits() {
        assertThatThrownBy(() -> readAuditLog.read("auditora", null, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> readAuditLog.read("auditora", null, ReadAuditLog.MAX_PAGE + 1))
                .hasMessageContaining("limit");
        assertThat(trail.entries).as("a refused read records nothing").isEmpty();
    }

    private static final class InMemoryAuditTrail implements AuditTrail {
        final List<AuditEntry> entries = new ArrayList<>();

        @Override
        public AuditEntry append(Instant at, String actor, AuditAction action, String subject, String channel) {
            AuditEntry entry = new AuditEntry(entries.size() + 1L, at, actor, action, subject, channel);
            entries.add(entry);
            return entry;
        }

        @Override
        public List<AuditEntry> page(long before, int limit) {
            return entries.stream()
                    .filter(entry -> entry.sequence() < before)
                    .sorted(Comparator.comparingLong(AuditEntry::sequence).reversed())
                    .limit(limit)
                    .toList();
        }
    }
}
