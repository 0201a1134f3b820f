package org.centinela.intake.adapter.in.scheduler;

import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.centinela.testing.ManagementInterface;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The check-in timer's loop in the running service's probes; the outbox relay, disabled in tests, is not judged. */
@QuarkusTest
class MissedCheckInsLoopTest {

    private static final String LOOPS = "checks.find { it.name == 'background-loops' }";

    @ParameterizedTest
    @ValueSource(strings = {"/q/health/live", "/q/health/ready"})
    void theCheckInTimerIsReportedRunningInLivenessAndReadiness(String probe) {
        ManagementInterface.request().when().get(probe).then()
                .body(LOOPS + ".status", is("UP"))
                .body(LOOPS + ".data.'intake-checkins'", startsWith("running"))
                .body(LOOPS + ".data.'outbox-relay'", nullValue());
    }
}
