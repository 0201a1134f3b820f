package org.centinela.notification;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.centinela.testing.ExposedMetrics;
import org.junit.jupiter.api.Test;

/** The metrics the alert rules read from notification are there as soon as it has started, before anything happened. */
@QuarkusTest
class ExposedMetricsTest {

    @Inject
    MeterRegistry registry;

    @Test
    void everyMetricTheListGivesThisServiceIsScrapedFromItsPrometheusRegistry() {
        ExposedMetrics.assertExposed(registry, "notification");
    }
}
