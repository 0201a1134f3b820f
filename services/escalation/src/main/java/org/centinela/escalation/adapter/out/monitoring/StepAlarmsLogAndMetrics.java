package org.centinela.escalation.adapter.out.monitoring;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import org.centinela.escalation.application.DueSteps;
import org.centinela.escalation.application.FailedStep;
import org.centinela.escalation.application.StepAlarms;
import org.jboss.logging.Logger;

/**
 * Failed steps in the log (a warning for each failure, an error when one is set aside: alert id, step and the class of
 * the failure, never personal data) and in the metrics: {@code centinela_escalation_steps_failed_total},
 * {@code centinela_escalation_steps_set_aside_total}, and {@code centinela_escalation_steps_set_aside_current}, how
 * many are set aside now (read from the database, so the same on every instance). All three are there from the start.
 */
@Startup
@ApplicationScoped
public class StepAlarmsLogAndMetrics implements StepAlarms {

    private static final Logger LOG = Logger.getLogger(StepAlarmsLogAndMetrics.class);

    private final Counter failed;
    private final Counter setAside;

    public StepAlarmsLogAndMetrics(MeterRegistry registry, DueSteps steps) {
        this.failed = Counter.builder("centinela.escalation.steps.failed")
                .description("Times a due step failed to fire and was left to try again")
                .register(registry);
        this.setAside = Counter.builder("centinela.escalation.steps.set.aside")
                .description("Steps set aside after failing too many times in a row")
                .register(registry);
        Gauge.builder("centinela.escalation.steps.set.aside.current", steps, DueSteps::countSetAside).strongReference(true)
                .description("Steps set aside now, waiting for an operator to retry them")
                .register(registry);
    }

    @Override
    public void failed(FailedStep step) {
        failed.increment();
        LOG.warnf("step %s of alert %s failed (%s, %d in a row), next try at %s", describe(step), step.alertId(),
                step.lastFailure(), step.attempts(), step.retryAt());
    }

    @Override
    public void setAside(FailedStep step) {
        setAside.increment();
        LOG.errorf("step %s of alert %s set aside after %d failures in a row (%s): it no longer fires until an"
                + " operator retries it (GET /api/v1/steps/set-aside)", describe(step), step.alertId(),
                step.attempts(), step.lastFailure());
    }

    private static String describe(FailedStep step) {
        return step.step().kind() + "/" + step.step().level() + "/" + step.step().round();
    }
}
