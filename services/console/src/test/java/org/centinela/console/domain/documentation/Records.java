package org.centinela.console.domain.documentation;

import java.time.Instant;
import java.util.UUID;

/** Records for the documentation's tests. */
final class Records {

    private Records() {
    }

    static DocumentedRecord report(String at, String violence, String perpetrator) {
        return new DocumentedRecord(Counted.REPORTS, UUID.randomUUID(), null, Instant.parse(at), "REPORT", violence,
                perpetrator, "HIGH", 55, false);
    }
}
