package org.centinela.escalation.adapter.out.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.escalation.application.AlertCounts;

/**
 * Alerts that need someone, in the metrics from the start (read from the database at each scrape, so the same on
 * every instance; counts only, never an alert or a person): {@code centinela_alerts_unacknowledged}, alerts OPEN or
 * ESCALATING, and {@code centinela_alerts_past_last_level}, those of them whose last level passed without quorum.
 */
@Startup
@ApplicationScoped
public class AlertGauges {

    public AlertGauges(MeterRegistry registry, AlertCounts alerts) {
        Gauge.builder("centinela.alerts.unacknowledged", alerts, AlertCounts::unacknowledged).strongReference(true)
                .description("Alerts that are not over and that nobody has acknowledged yet (OPEN or ESCALATING)")
                .register(registry);
        Gauge.builder("centinela.alerts.past.last.level", alerts, AlertCounts::pastLastLevel).strongReference(true)
                .description("Unacknowledged alerts whose policy's last level passed without quorum: operators paged")
                .register(registry);
    }
}
