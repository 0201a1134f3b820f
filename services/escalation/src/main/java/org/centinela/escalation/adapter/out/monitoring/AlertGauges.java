package org.centinela.escalation.adapter.out.monitoring;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.centinela.escalation.application.AlertCounts;

/**
 * Alerts that need someone, in the metrics from the start (counts only, never an alert or a person; read from the
 * database, so the same on every instance): {@code centinela_alerts_unacknowledged}, alerts OPEN or ESCALATING, and
 * {@code centinela_alerts_past_last_level}, those of them whose last level passed without quorum. The counts are read
 * every {@link #READ_EVERY} on a thread of their own, never during a scrape: with the database down, a scrape that
 * waited for a connection would hang {@code /q/metrics} with every other metric in it, just when they are needed. A
 * read that fails keeps the last counts (the database's own health check says it is down).
 */
@Startup
@ApplicationScoped
public class AlertGauges {

    static final Duration READ_EVERY = Duration.ofSeconds(15);

    private final AlertCounts alerts;
    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "alert-gauges");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Counts latest = new Counts(0, 0);

    /** The two counts, read together. */
    record Counts(long unacknowledged, long pastLastLevel) {
    }

    public AlertGauges(MeterRegistry registry, AlertCounts alerts) {
        this.alerts = alerts;
        Gauge.builder("centinela.alerts.unacknowledged", this, gauges -> gauges.latest.unacknowledged())
                .strongReference(true)
                .description("Alerts that are not over and that nobody has acknowledged yet (OPEN or ESCALATING)")
                .register(registry);
        Gauge.builder("centinela.alerts.past.last.level", this, gauges -> gauges.latest.pastLastLevel())
                .strongReference(true)
                .description("Unacknowledged alerts whose policy's last level passed without quorum: operators paged")
                .register(registry);
        reader.scheduleWithFixedDelay(this::read, 0, READ_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads both counts now; when the database cannot say, the last counts stay. */
    void read() {
        try {
            latest = new Counts(alerts.unacknowledged(), alerts.pastLastLevel());
        } catch (Throwable unreadable) {
            // Caught whatever it is: a scheduled task that throws is never run again.
        }
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }
}
