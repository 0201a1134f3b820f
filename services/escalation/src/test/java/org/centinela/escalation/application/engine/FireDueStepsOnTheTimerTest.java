package org.centinela.escalation.application.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.escalation.application.RaiseAlert;
import org.junit.jupiter.api.Test;

/**
 * The step timer as it runs in production, with a poison alert (its stored row cannot be read) first in line: the
 * healthy alerts' steps still fire within a poll or two of falling due, and the poison steps are set aside.
 */
@QuarkusTest
@TestProfile(TimerOnProfile.class)
class FireDueStepsOnTheTimerTest {

    @Inject
    RaiseAlert raiseAlert;
    @Inject
    FakeNetwork network;
    @Inject
    FakePolicies policies;
    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;

    @Test
    void healthyStepsFireOnTimeBesideAPoisonStepWhichIsSetAside() throws SQLException {
        PoisonAlerts alerts = new PoisonAlerts(dataSource);
        alerts.drillNetwork(network, policies);
        double setAsideBefore = registry.counter("centinela.escalation.steps.set.aside").count();
        UUID poison = alerts.raisePoison(raiseAlert, Instant.now()).id();
        alerts.raiseHealthy(raiseAlert, network, Instant.now());

        // Their first reminders fall due a second after they opened, just after the poison one; the timer looks
        // every 100 ms.
        await().atMost(Duration.ofSeconds(3)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(alerts.count("SELECT count(*) FROM alert_step WHERE alert_id <> '" + poison + "'"
                        + " AND kind = 'REPEAT' AND round = 1")).as("healthy first reminders not fired yet").isZero());
        assertThat(alerts.count("SELECT count(DISTINCT payload->>'alertId') FROM outbox_event"
                + " WHERE topic = 'notifications.requested' AND payload->>'purpose' = 'REMINDER'"))
                .isEqualTo(PoisonAlerts.HEALTHY);

        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(50)).untilAsserted(() ->
                assertThat(alerts.count("SELECT count(*) FROM alert_step WHERE alert_id = '" + poison
                        + "' AND set_aside_at IS NOT NULL AND attempts = 3")).isEqualTo(2));
        assertThat(registry.counter("centinela.escalation.steps.set.aside").count() - setAsideBefore).isEqualTo(2);
    }
}
