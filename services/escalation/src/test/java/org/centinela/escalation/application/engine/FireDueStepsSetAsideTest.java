package org.centinela.escalation.application.engine;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.escalation.application.DueStep;
import org.centinela.escalation.application.FireDueSteps;
import org.centinela.escalation.application.RaiseAlert;
import org.centinela.testing.ManagementInterface;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A poison step ({@link PoisonAlerts}: each of its steps throws every time it fires) beside healthy alerts whose steps
 * are due at the same time or just after; the real claim, savepoints and database, a clock the test moves.
 */
@QuarkusTest
@TestProfile(EngineProfile.class)
class FireDueStepsSetAsideTest {

    private static final int HEALTHY = PoisonAlerts.HEALTHY;
    private static final String FAILURE = "java.lang.IllegalStateException";

    @Inject
    RaiseAlert raiseAlert;
    @Inject
    FireDueSteps fireDueSteps;
    @Inject
    FakeNetwork network;
    @Inject
    FakePolicies policies;
    @Inject
    SteppingClock clock;
    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry registry;

    private PoisonAlerts alerts;
    private UUID poison;
    private PoisonAlerts.Poison stored;
    private List<UUID> healthy;

    @BeforeEach
    void aPoisonAlertAmongHealthyOnes() throws SQLException {
        alerts = new PoisonAlerts(dataSource);
        alerts.drillNetwork(network, policies);
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
        stored = alerts.raisePoison(raiseAlert, clock.instant());
        poison = stored.id();
        healthy = alerts.raiseHealthy(raiseAlert, network, clock.instant());
    }

    @Test
    void theHealthyAlertsStepsFireInTheSameBatchAsAFailingOne() throws SQLException {
        clock.advance(Duration.ofSeconds(1));

        FireDueSteps.Fired fired = fireDueSteps.fireDue(200);

        assertThat(fired.steps()).extracting(DueStep::alertId).containsExactlyInAnyOrderElementsOf(healthy);
        assertThat(count("SELECT count(*) FROM alert_step WHERE alert_id <> '" + poison + "' AND due_at <= '"
                + clock.instant() + "'")).as("healthy steps left due").isZero();
        assertThat(count("SELECT count(*) FROM outbox_event WHERE topic = 'notifications.requested'"
                + " AND payload->>'purpose' = 'REMINDER'")).isEqualTo(HEALTHY * 2);
        assertThat(text("SELECT attempts || ' ' || last_failure FROM alert_step WHERE alert_id = '" + poison
                + "' AND kind = 'REPEAT'")).isEqualTo("1 " + FAILURE);
    }

    @Test
    void aFailedStepWaitsBeforeItsNextTrySoTheNextBatchesAreNotHeldUp() throws SQLException {
        clock.advance(Duration.ofSeconds(1));

        assertThat(fireDueSteps.fireDue(1).steps()).as("the poison step, first in line, failed").isEmpty();
        for (int i = 0; i < HEALTHY; i++) {
            assertThat(fireDueSteps.fireDue(1).steps()).extracting(DueStep::alertId).singleElement()
                    .isIn(healthy);
        }
        assertThat(fireDueSteps.fireDue(1).steps()).isEmpty();
        assertThat(attempts()).as("tried once, not on every call").isEqualTo(1);

        clock.advance(Duration.ofSeconds(1));
        fireDueSteps.fireDue(200);
        assertThat(attempts()).as("tried again once its backoff ended").isEqualTo(2);
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void afterFiveFailuresTheStepIsSetAsideCountedListedAndAnOperatorRetriesIt() throws SQLException {
        double setAsideBefore = registry.counter("centinela.escalation.steps.set.aside").count();
        clock.advance(Duration.ofSeconds(2));
        for (int tries = 1; tries <= 4; tries++) {
            fireDueSteps.fireDue(200);
            assertThat(attempts()).isEqualTo(tries);
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(count("SELECT count(*) FROM alert_step WHERE set_aside_at IS NOT NULL")).isZero();

        fireDueSteps.fireDue(200);

        assertThat(count("SELECT count(*) FROM alert_step WHERE set_aside_at IS NOT NULL"))
                .as("both of its steps failed five times").isEqualTo(2);
        assertThat(registry.counter("centinela.escalation.steps.set.aside").count() - setAsideBefore).isEqualTo(2);
        assertThat(registry.get("centinela.escalation.steps.set.aside.current").gauge().value()).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM alert_timeline WHERE alert_id = '" + poison
                + "' AND type = 'STEP_SET_ASIDE' AND detail LIKE '%" + FAILURE + "%'")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'SET_ASIDE_STEP' AND actor = 'escalation'"
                + " AND subject = 'alert:" + poison + "' AND at = '" + clock.instant() + "'")).isEqualTo(2);

        clock.advance(Duration.ofHours(1));
        fireDueSteps.fireDue(200);
        assertThat(attempts()).as("a step set aside is no longer tried").isEqualTo(5);

        String repeat = text("SELECT id FROM alert_step WHERE alert_id = '" + poison + "' AND kind = 'REPEAT'");
        given().when().get("/api/v1/steps/set-aside")
                .then()
                .statusCode(200)
                .body("steps.size()", equalTo(2))
                .body("steps.find { it.id == '" + repeat + "' }.alertId", equalTo(poison.toString()))
                .body("steps.find { it.id == '" + repeat + "' }.level", equalTo(1))
                .body("steps.find { it.id == '" + repeat + "' }.attempts", equalTo(5))
                .body("steps.find { it.id == '" + repeat + "' }.failure", equalTo(FAILURE))
                .body("steps.find { it.id == '" + repeat + "' }.dueAt", equalTo("2026-11-28T10:00:00.999Z"))
                .body("steps.find { it.id == '" + repeat + "' }.setAsideAt", equalTo("2026-11-28T10:04:02Z"));

        // What made it fail is fixed; the operator puts the step back and it fires at the next look.
        alerts.repair(stored);
        given().when().post("/api/v1/steps/set-aside/" + repeat + "/retry")
                .then()
                .statusCode(200)
                .body("id", equalTo(repeat))
                .body("attempts", equalTo(5));
        given().when().get("/api/v1/steps/set-aside")
                .then()
                .statusCode(200)
                .body("steps.id", org.hamcrest.Matchers.not(hasItem(repeat)));
        assertThat(registry.get("centinela.escalation.steps.set.aside.current").gauge().value()).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM alert_timeline WHERE alert_id = '" + poison
                + "' AND type = 'STEP_RETRIED' AND actor_id = 'operadora'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE action = 'RETRY_STEP' AND actor = 'operadora'"
                + " AND subject = 'alert:" + poison + "'")).isEqualTo(1);

        assertThat(fireDueSteps.fireDue(200).steps()).extracting(DueStep::alertId).containsExactly(poison);
        assertThat(count("SELECT count(*) FROM alert_step WHERE id = '" + repeat + "'")).as("fired").isZero();

        given().when().post("/api/v1/steps/set-aside/" + repeat + "/retry")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void badInputIsAProblem() {
        given().when().get("/api/v1/steps/set-aside?limit=0")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("limit"));
        given().when().post("/api/v1/steps/set-aside/not-an-id/retry")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
        given().when().post("/api/v1/steps/set-aside/" + UUID.randomUUID() + "/retry")
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void theOperatorApiIsInTheOpenApiDocument() {
        ManagementInterface.request().when().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/steps/set-aside'.get.summary", startsWith("Steps set aside"))
                .body("paths.'/api/v1/steps/set-aside/{id}/retry'.post.summary", startsWith("Put a step"));
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderMayNeitherListNorRetry() {
        given().when().get("/api/v1/steps/set-aside").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().when().post("/api/v1/steps/set-aside/" + UUID.randomUUID() + "/retry").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void anAuditorListsButMayNotRetry() {
        given().when().get("/api/v1/steps/set-aside").then().statusCode(200).body("steps", empty());
        given().when().post("/api/v1/steps/set-aside/" + UUID.randomUUID() + "/retry").then().statusCode(403);
    }

    private int attempts() throws SQLException {
        return count("SELECT attempts FROM alert_step WHERE alert_id = '" + poison + "' AND kind = 'REPEAT'");
    }

    private void update(String sql) throws SQLException {
        alerts.update(sql);
    }

    private int count(String sql) throws SQLException {
        return alerts.count(sql);
    }

    private String text(String sql) throws SQLException {
        return alerts.text(sql);
    }
}
