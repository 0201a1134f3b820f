package org.centinela.console.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditEntryTest {

    private static final Instant AT = Instant.parse("2026-11-28T21:40:03Z");

    @Test
    void anEntryAboutAnAlertNamesItForTheLink() {
        assertThat(new AuditEntry(7, AT, "auditora", "READ", "alert:3f1c").alertId()).isEqualTo("3f1c");
    }

    @Test
    void anEntryAboutAnythingElseLinksNowhere() {
        assertThat(new AuditEntry(8, AT, "operadora", "UPDATE", "policy:gt-default@v2").alertId()).isEmpty();
        assertThat(new AuditEntry(9, AT, "operadora", "READ", "alerts").alertId()).isEmpty();
    }

    @Test
    void anEntrySaysWhoDidWhatToWhat() {
        assertThatThrownBy(() -> new AuditEntry(1, AT, null, "READ", "alerts")).hasMessage("actor");
        assertThatThrownBy(() -> new AuditEntry(1, AT, "ana", "READ", null)).hasMessage("subject");
    }
}
