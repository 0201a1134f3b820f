package org.centinela.console.domain.documentation;

import java.time.Instant;
import java.util.UUID;

/** Records for the documentation's tests. */
final class Records {

    private Records() {
    }

    static DocumentedRecord report(String at, String violence, String perpetrator) {
        return report(at, violence, perpetrator, "GT");
    }

    static DocumentedRecord report(String at, String violence, String perpetrator, String country) {
        return new DocumentedRecord(Counted.REPORTS, UUID.randomUUID(), null, Instant.parse(at), "REPORT", violence,
                perpetrator, "HIGH", 55, false, country);
    }
}
