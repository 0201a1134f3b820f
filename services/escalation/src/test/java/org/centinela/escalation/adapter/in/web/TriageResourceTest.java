package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.escalation.application.engine.BriefNetwork.assessed;
import static org.centinela.escalation.application.engine.BriefNetwork.received;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.application.ReadAlerts;
import org.centinela.escalation.application.engine.BriefNetwork;
import org.centinela.escalation.application.engine.EngineProfile;
import org.centinela.escalation.application.engine.OnMartasNetwork;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/v1/alerts/{id}/triage}: the operator on duty attaches an unknown sender's alert to a defender,
 * opens it for someone not in the directory, or dismisses it; what is not held for triage, or would give a defender
 * a second alert, is a 409; a bad decision a 422 naming each field with its code.
 */
@QuarkusTest
@TestProfile(EngineProfile.class)
@TestSecurity(user = "operadora", roles = "operator")
class TriageResourceTest extends OnMartasNetwork {

    private final String strangersPhone = BriefNetwork.strangersPhone();
    private String rosa;

    @BeforeEach
    void rosaToo() {
        rosa = defender("Rosa Tiul");
    }

    @Test
    void attachedToADefenderTheAlertIsHersUnderHerPolicyAndHerLevelStarts() {
        UUID alertId = strangersSos();

        triage(alertId, Map.of("action", "ATTACH", "defenderId", rosa))
                .statusCode(200)
                .body("id", equalTo(alertId.toString()))
                .body("defenderId", equalTo(rosa))
                .body("verifiedSender", equalTo(true))
                .body("level", equalTo(1))
                .body("policyId", equalTo(marta.policyId))
                .body("timeline.findAll { it.type == 'TRIAGED' }.actorId", contains("operadora"))
                .body("timeline.findAll { it.type == 'TRIAGED' }.personId", contains(rosa))
                .body("names.keySet()", containsInAnyOrder(marta.ana, marta.bea));

        assertThat(requests(alertId)).extracting(request -> request.personId() + " " + request.purpose())
                .contains(marta.ana + " ALERT", marta.bea + " ALERT", marta.ana + " BRIEF");
        AlertBrief brief = latestBrief(alertId);
        assertThat(brief.defenderId()).isEqualTo(rosa);
        assertThat(brief.displayName()).isEqualTo("Rosa Tiul");
        assertThat(brief.signals()).extracting(AlertBrief.BriefSignal::text).containsExactly("SOS ayuda");
        assertThat(outboxed.audit(ReadAlerts.subject(alertId))).containsExactly("operadora TRIAGE");
        given().when().get("/api/v1/alerts?defenderId=" + rosa).then().statusCode(200)
                .body("id", contains(alertId.toString()));
    }

    @Test
    void openedForSomeoneNotInTheDirectoryTheAlertFollowsThePolicyChosenAndNamesHerAsTyped() {
        UUID alertId = strangersSos();

        triage(alertId, Map.of("action", "OPEN", "policyId", marta.policyId, "name", " Juana Caal "))
                .statusCode(200)
                .body("defenderId", startsWith("unknown:"))
                .body("level", equalTo(1))
                .body("verifiedSender", equalTo(true))
                .body("timeline.findAll { it.type == 'TRIAGED' }.detail", not(hasItem(startsWith("Juana"))));

        assertThat(requests(alertId)).extracting(NotificationRequested::purpose).contains(NotificationPurpose.ALERT);
        AlertBrief brief = latestBrief(alertId);
        assertThat(brief.displayName()).isEqualTo("Juana Caal");
        assertThat(brief.phone()).isEqualTo(strangersPhone);
        assertThat(outboxed.audit(ReadAlerts.subject(alertId))).containsExactly("operadora TRIAGE");
    }

    @Test
    void dismissedTheAlertIsResolvedNobodyIsContactedAndItsBriefErased() {
        UUID alertId = strangersSos();

        triage(alertId, Map.of("action", "DISMISS", "reason", "número equivocado"))
                .statusCode(200)
                .body("state", equalTo("RESOLVED"))
                .body("level", equalTo(0))
                .body("timeline.findAll { it.type == 'TRIAGED' }.detail",
                        contains("dismissed by operadora: número equivocado"));

        assertThat(requests(alertId)).isEmpty();
        List<Outboxed.Row> briefs = outboxed.rows(Topics.ALERTS_BRIEFS, alertId.toString());
        assertThat(briefs.get(briefs.size() - 1).payload()).isNull();
        triage(alertId, Map.of("action", "DISMISS", "reason", "again")).statusCode(409)
                .body("errors[0].code", equalTo("not-held"));
    }

    @Test
    void anAlertThatIsNotHeldForTriageIsAConflict() {
        SignalReceived sos = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);
        UUID alertId = raiseAlert.apply(assessed(sos, Grade.HIGH)).orElseThrow();

        triage(alertId, Map.of("action", "ATTACH", "defenderId", rosa))
                .statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("the alert is not held for triage"))
                .body("errors[0].field", equalTo(""))
                .body("errors[0].code", equalTo("not-held"));
        assertThat(outboxed.audit(ReadAlerts.subject(alertId))).isEmpty();
    }

    @Test
    void attachingItToADefenderWhoHasAnotherAlertNotOverIsAConflict() {
        SignalReceived hers = received(rosa, SignalType.PANIC, SignalSource.SMS, T0, "SOS", null);
        UUID rosasAlert = raiseAlert.apply(assessed(hers, Grade.HIGH)).orElseThrow();
        UUID alertId = strangersSos();

        triage(alertId, Map.of("action", "ATTACH", "defenderId", rosa))
                .statusCode(409)
                .body("errors[0].field", equalTo("defenderId"))
                .body("errors[0].code", equalTo("open-alert-exists"))
                .body("errors[0].args", contains(rosasAlert.toString()));
        given().when().get("/api/v1/alerts/" + alertId).then().statusCode(200).body("level", equalTo(0));
    }

    @Test
    void aBadDecisionIsA422NamingEachFieldWithItsCode() {
        UUID alertId = strangersSos();

        triage(alertId, Map.of()).statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("action")).body("errors.code", contains("required"));
        triage(alertId, Map.of("action", "MAYBE")).statusCode(422)
                .body("errors.code", contains("not-one-of"))
                .body("errors[0].args", contains("ATTACH, OPEN, DISMISS"));
        triage(alertId, Map.of("action", "ATTACH")).statusCode(422)
                .body("errors.field", contains("defenderId")).body("errors.code", contains("required"));
        triage(alertId, Map.of("action", "ATTACH", "defenderId", "d-nobody")).statusCode(422)
                .body("errors.code", contains("unknown-defender"))
                .body("errors[0].args", contains("d-nobody"));
        triage(alertId, Map.of("action", "OPEN")).statusCode(422)
                .body("errors.field", contains("policyId", "name"))
                .body("errors.code", contains("required", "blank"));
        triage(alertId, Map.of("action", "OPEN", "policyId", "no-such-policy", "name", "J".repeat(201)))
                .statusCode(422)
                .body("errors.code", contains("unknown-policy", "too-long"))
                .body("errors[1].args", contains("200"))
                .body("detail", not(org.hamcrest.Matchers.containsString("JJJ")));
        triage(alertId, Map.of("action", "DISMISS", "reason", " ")).statusCode(422)
                .body("errors.field", contains("reason")).body("errors.code", contains("blank"));
        triage(alertId, Map.of("action", "DISMISS", "reason", "r".repeat(501))).statusCode(422)
                .body("errors.code", contains("too-long")).body("errors[0].args", contains("500"));

        given().when().get("/api/v1/alerts/" + alertId).then().statusCode(200)
                .body("level", equalTo(0)).body("state", equalTo("OPEN"));
        triage(UUID.randomUUID(), Map.of("action", "DISMISS", "reason", "x")).statusCode(404);
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderMayNotTriage() {
        triage(strangersSos(), Map.of("action", "DISMISS", "reason", "x")).statusCode(403)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void anAuditorMayNotTriage() {
        triage(strangersSos(), Map.of("action", "DISMISS", "reason", "x")).statusCode(403);
    }

    /** An SMS from a number not in the directory: held for triage at level 0. */
    private UUID strangersSos() {
        SignalReceived sos = BriefNetwork.fromUnknownNumber(strangersPhone, T0, "SOS ayuda");
        keepDetails.apply(sos);
        return raiseAlert.apply(assessed(sos, Grade.HIGH)).orElseThrow();
    }

    private ValidatableResponse triage(UUID alertId, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/alerts/" + alertId + "/triage").then();
    }

    private List<NotificationRequested> requests(UUID alertId) {
        return outboxed.events(Topics.NOTIFICATIONS_REQUESTED, alertId.toString(), NotificationRequested.class);
    }
}
