package org.centinela.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How meters named the Micrometer way are scraped, as the list of exposed metrics names them. */
class ExposedMetricsScrapeTest {

    private final PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final CompositeMeterRegistry registry = new CompositeMeterRegistry();

    ExposedMetricsScrapeTest() {
        registry.add(prometheus);
    }

    @Test
    void countersGetTotalAndGaugesKeepTheirNameBehindACompositeRegistry() {
        Counter.builder("centinela.consumer.dead.letters").tag("channel", "requests").register(registry);
        FunctionCounter.builder("centinela.loop.failures", this, any -> 0).tag("loop", "outbox-relay")
                .register(registry);
        Gauge.builder("centinela.outbox.oldest.seconds", () -> 0).tag("service", "intake").register(registry);
        Gauge.builder("centinela.escalation.steps.set.aside.current", () -> 0).register(registry);

        assertThat(ExposedMetrics.scraped(registry)).contains("centinela_consumer_dead_letters_total",
                "centinela_loop_failures_total", "centinela_outbox_oldest_seconds",
                "centinela_escalation_steps_set_aside_current");
    }

    @Test
    void theListGivesEachMetricItsServicesOrNoneWhenExternal() {
        assertThat(ExposedMetrics.list()).containsEntry("up", List.of())
                .hasEntrySatisfying("centinela_outbox_waiting",
                        services -> assertThat(services).contains("intake", "escalation", "notification"));
        assertThat(ExposedMetrics.of("notification")).contains("centinela_notification_deliveries_total");
    }

    @Test
    void aServiceMissingAMetricOfTheListFails() {
        assertThatThrownBy(() -> ExposedMetrics.assertExposed(registry, "escalation"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("centinela_alerts_past_last_level");
    }
}
