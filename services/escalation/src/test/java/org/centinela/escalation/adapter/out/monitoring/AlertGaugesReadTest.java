package org.centinela.escalation.adapter.out.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.atomic.AtomicBoolean;
import org.centinela.escalation.application.AlertCounts;
import org.junit.jupiter.api.Test;

/** A scrape never waits for the database: the gauges show the counts read last, also while the database is down. */
class AlertGaugesReadTest {

    private final AtomicBoolean databaseDown = new AtomicBoolean();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void whileTheDatabaseIsDownTheGaugesKeepTheLastCountsAndAScrapeNeverAsksIt() {
        AlertGauges gauges = new AlertGauges(registry, new AlertCounts() {
            @Override
            public long unacknowledged() {
                return counted(4);
            }

            @Override
            public long pastLastLevel() {
                return counted(1);
            }
        });
        try {
            gauges.read();
            assertThat(gauge("centinela.alerts.unacknowledged")).isEqualTo(4);
            assertThat(gauge("centinela.alerts.past.last.level")).isEqualTo(1);

            databaseDown.set(true);
            gauges.read();
            assertThat(gauge("centinela.alerts.unacknowledged")).isEqualTo(4);
            assertThat(gauge("centinela.alerts.past.last.level")).isEqualTo(1);
        } finally {
            gauges.stop();
        }
    }

    private long counted(long count) {
        if (databaseDown.get()) {
            throw new IllegalStateException("the database is down");
        }
        return count;
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }
}
