package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.contracts.notification.Channel.SMS;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.Actor;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.application.ApplyResponse;
import org.centinela.escalation.application.People;
import org.centinela.escalation.application.PolicyStore;
import org.centinela.escalation.application.RaiseAlert;
import org.centinela.escalation.application.engine.EngineProfile;
import org.centinela.escalation.application.engine.FakeNetwork;
import org.centinela.escalation.application.engine.FakePolicies;
import org.centinela.escalation.application.engine.SteppingClock;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.escalation.domain.directory.Responder;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.centinela.escalation.domain.policy.PolicyLevel;
import org.centinela.escalation.domain.policy.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The alerts API on the real database, every role of contract §4 against every endpoint. Alerts are
 * raised through the engine's own use case; each test names its people afresh, so that it reads only
 * its own alerts whatever else the database holds.
 */
@QuarkusTest
@TestProfile(EngineProfile.class)
class AlertsResourceTest {

    private static final String ALERTS = "/api/v1/alerts";
    private static final String ANA = "ana";

    @Inject
    RaiseAlert raiseAlert;
    @Inject
    ApplyResponse applyResponse;
    @Inject
    FakeNetwork network;
    @Inject
    FakePolicies policies;
    @Inject
    SteppingClock clock;
    @Inject
    People people;
    @Inject
    PolicyStore policyStore;
    @Inject
    DataSource dataSource;

    private String run;
    private long auditedBefore;
    private String marta;
    private String anaId;
    private String beaId;
    private String zoeId;

    @BeforeEach
    void aNetworkOfItsOwn() {
        run = UUID.randomUUID().toString().substring(0, 8);
        marta = "d-marta-" + run;
        anaId = "r-ana-" + run;
        beaId = "r-bea-" + run;
        zoeId = "r-zoe-" + run;
        clock.set(Instant.parse("2026-11-28T10:00:00Z"));
        auditedBefore = lastAuditSequence();
        network.clear();
        policies.clear();
        policies.save(policy("api-" + run, "trusted-" + run));
        policies.save(policy("elsewhere-" + run, "elsewhere-" + run));
        network.group("trusted-" + run, anaId, beaId).group("elsewhere-" + run, zoeId)
                .responder(anaId, SMS).responder(beaId, SMS).responder(zoeId, SMS)
                .defender(marta, "api-" + run)
                .signsInAs(anaId, ANA);
        long phones = 100_000_000L + Long.parseLong(run, 16) % 800_000_000L;
        people.insert(new Responder(anaId, "Ana López", "+1" + phones + "1", null, "es", Set.of(SMS), null),
                clock.instant());
        people.insert(new Responder(beaId, "Bea Ruiz", "+1" + phones + "2", null, "es", Set.of(SMS), null),
                clock.instant());
        policyStore.save(policy("api-" + run, "trusted-" + run), "operadora", clock.instant());
        people.insert(new Defender(marta, new Defender.Profile("Marta", "+1" + phones + "3", "es", "GT",
                "api-" + run, 2, true, null, null), new Defender.Secrets("pin", "duress", null)), clock.instant());
    }

    @AfterEach
    void withoutItsPeople() {
        List.of(anaId, beaId, marta).forEach(people::delete);
        policyStore.delete("api-" + run);
    }

    // ---- one alert ----

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anOperatorReadsAnAlertInTheContractsShapeAndTheReadingIsAudited() {
        UUID alertId = raise(marta, Grade.HIGH);

        given().when().get(ALERTS + "/" + alertId)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", equalTo(alertId.toString()))
                .body("code", matchesPattern("[1-9][0-9]{3}"))
                .body("defenderId", equalTo(marta))
                .body("state", equalTo("OPEN"))
                .body("grade", equalTo("HIGH"))
                .body("score", equalTo(70))
                .body("level", equalTo(1))
                .body("acks", empty())
                .body("timeline.type", contains("SIGNAL_RECEIVED", "LEVEL_STARTED", "NOTIFICATION_REQUESTED",
                        "NOTIFICATION_REQUESTED", "NOTIFICATION_REQUESTED", "NOTIFICATION_REQUESTED"))
                .body("timeline.findAll { it.type == 'NOTIFICATION_REQUESTED' }.detail",
                        hasItem(startsWith("BRIEF to " + anaId + " on SMS")))
                .body("timeline[0].at", equalTo("2026-11-28T10:00:00Z"))
                .body("timeline[1].detail", startsWith("level 1 (Trusted): 2 people"))
                .body("openedAt", equalTo("2026-11-28T10:00:00Z"))
                .body("updatedAt", equalTo("2026-11-28T10:00:00Z"))
                .body("verifiedSender", equalTo(true))
                .body("policyId", equalTo("api-" + run))
                .body("policyVersion", equalTo(1))
                .body("names", equalTo(Map.of(anaId, "Ana López", beaId, "Bea Ruiz")));

        assertThat(audited("operadora", "READ", "alert:" + alertId)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void anAuditorReadsAnyAlertWithTheNamesOfTheRespondersStillInTheDirectory() {
        UUID alertId = raise(marta, Grade.HIGH);
        people.delete(beaId);

        given().when().get(ALERTS + "/" + alertId)
                .then()
                .statusCode(200)
                .body("id", equalTo(alertId.toString()))
                .body("timeline.detail", hasItem(startsWith("ALERT to " + beaId + " on SMS")))
                .body("names", equalTo(Map.of(anaId, "Ana López")));

        assertThat(audited("auditora", "READ", "alert:" + alertId)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = ANA, roles = "responder")
    void aResponderReadsAnAlertSheWasContactedAboutWithTheNamesOfTheRespondersButNotTheDefenders() {
        UUID alertId = raise(marta, Grade.HIGH);

        given().when().get(ALERTS + "/" + alertId)
                .then()
                .statusCode(200)
                .body("id", equalTo(alertId.toString()))
                .body("defenderId", equalTo(marta))
                .body("names", equalTo(Map.of(anaId, "Ana López", beaId, "Bea Ruiz")))
                .body("names", not(hasKey(marta)));

        assertThat(audited(ANA, "READ", "alert:" + alertId)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = ANA, roles = "responder")
    void aResponderIsForbiddenAnAlertThatDidNotContactHer() {
        network.signsInAs(zoeId, ANA);
        UUID alertId = raise(marta, Grade.HIGH);

        given().when().get(ALERTS + "/" + alertId)
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(403))
                .body("detail", equalTo("only the responders an alert contacted may read it"));

        assertThat(audited(ANA, "READ", "alert:" + alertId)).isZero();
    }

    @Test
    @TestSecurity(user = "someone", roles = "responder")
    void aResponderWithoutADirectoryEntryIsForbiddenEveryAlertAndListsNone() {
        UUID alertId = raise(marta, Grade.HIGH);

        given().when().get(ALERTS + "/" + alertId).then().statusCode(403);
        given().when().get(ALERTS)
                .then()
                .statusCode(200)
                .header(AlertsResource.TOTAL_COUNT, "0")
                .body("$", empty());
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anUnknownAlertIsNotFound() {
        given().when().get(ALERTS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"));
        given().when().get(ALERTS + "/not-an-id").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    @TestSecurity(user = ANA, roles = "responder")
    void anUnknownAlertIsNotFoundForAResponderToo() {
        given().when().get(ALERTS + "/" + UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void withoutATokenEveryEndpointIsUnauthorized() {
        UUID alertId = raise(marta, Grade.HIGH);

        given().when().get(ALERTS).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"));
        given().when().get(ALERTS + "/" + alertId).then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "ACK"))
                .when().post(ALERTS + "/" + alertId + "/responses")
                .then().statusCode(401).contentType(startsWith("application/problem+json"));
        assertThat(responsesTo(alertId)).isEmpty();
    }

    // ---- the list ----

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anOperatorPagesThroughADefendersAlertsNewestFirst() {
        UUID first = raise(marta, Grade.HIGH);
        cancel(marta);
        clock.advance(Duration.ofMinutes(1));
        UUID second = raise(marta, Grade.HIGH);
        cancel(marta);
        clock.advance(Duration.ofMinutes(1));
        UUID third = raise(marta, Grade.CRITICAL);

        String next = given().when().get(ALERTS + "?defenderId=" + marta + "&size=2")
                .then()
                .statusCode(200)
                .header(AlertsResource.TOTAL_COUNT, "3")
                .header("Link", matchesPattern("<http://.*/api/v1/alerts\\?.*page=1.*>; rel=\"next\""))
                .body("id", contains(third.toString(), second.toString()))
                .body("[0].state", equalTo("OPEN"))
                .body("[0].grade", equalTo("CRITICAL"))
                .body("[0].level", equalTo(2))
                .body("[0].timeline.type", hasItem("LEVEL_STARTED"))
                .body("[1].state", equalTo("CANCELLED"))
                .body("[0]", not(hasKey("names")))
                .extract().header("Link");

        String nextPage = next.substring(next.indexOf('<') + 1, next.indexOf('>'));
        given().when().get(nextPage)
                .then()
                .statusCode(200)
                .header(AlertsResource.TOTAL_COUNT, "3")
                .header("Link", nullValue())
                .body("id", contains(first.toString()));

        given().when().get(ALERTS + "?defenderId=" + marta + "&page=5")
                .then().statusCode(200).header(AlertsResource.TOTAL_COUNT, "3").body("$", empty());
        assertThat(audited("operadora", "READ", "alerts")).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void theListFiltersByStateWhateverItsCase() {
        UUID first = raise(marta, Grade.HIGH);
        cancel(marta);
        clock.advance(Duration.ofMinutes(1));
        UUID second = raise(marta, Grade.HIGH);

        given().when().get(ALERTS + "?defenderId=" + marta + "&state=CANCELLED")
                .then().statusCode(200).body("id", contains(first.toString()));
        given().when().get(ALERTS + "?defenderId=" + marta + "&state=open")
                .then().statusCode(200).body("id", contains(second.toString()));
        given().when().get(ALERTS + "?defenderId=" + marta + "&state=RESOLVED")
                .then().statusCode(200).header(AlertsResource.TOTAL_COUNT, "0").body("$", empty());
        given().when().get(ALERTS + "?state=ESCALATING&size=100")
                .then().statusCode(200).body("state", everyItem(equalTo("ESCALATING")));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anUnknownStateOrAPageOutOfRangeIsAProblemNamingTheField() {
        given().when().get(ALERTS + "?state=PANICKING")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("state"))
                .body("errors[0].message", startsWith("must be one of OPEN"));
        given().when().get(ALERTS + "?size=0").then().statusCode(400).body("errors.field", contains("size"));
        given().when().get(ALERTS + "?size=101").then().statusCode(400).body("errors.field", contains("size"));
        given().when().get(ALERTS + "?page=-1").then().statusCode(400).body("errors.field", contains("page"));
    }

    @Test
    @TestSecurity(user = ANA, roles = "responder")
    void aResponderListsOnlyTheAlertsSheWasContactedAbout() {
        String elsewhere = "d-elsewhere-" + run;
        network.defender(elsewhere, "elsewhere-" + run);
        UUID hers = raise(marta, Grade.HIGH);
        raise(elsewhere, Grade.HIGH);

        given().when().get(ALERTS)
                .then()
                .statusCode(200)
                .header(AlertsResource.TOTAL_COUNT, "1")
                .body("id", contains(hers.toString()));
        given().when().get(ALERTS + "?defenderId=" + elsewhere)
                .then().statusCode(200).body("$", empty());

        assertThat(audited(ANA, "READ", "alerts")).isEqualTo(2);
    }

    // ---- responses ----

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anOperatorsAnswerGoesToAlertsResponsesInTheTransactionThatAuditsIt() {
        UUID alertId = raise(marta, Grade.HIGH);

        String responseId = given().contentType(ContentType.JSON).body(Map.of("kind", "RESOLVE"))
                .when().post(ALERTS + "/" + alertId + "/responses")
                .then()
                .statusCode(202)
                .body("responseId", notNullValue())
                .extract().path("responseId");

        List<AlertResponse> sent = responsesTo(alertId);
        assertThat(sent).hasSize(1);
        AlertResponse response = sent.get(0);
        assertThat(response.responseId()).isEqualTo(UUID.fromString(responseId));
        assertThat(response.alertId()).isEqualTo(alertId);
        assertThat(response.actor().type()).isEqualTo(ActorType.OPERATOR);
        assertThat(response.actor().id()).isEqualTo("operadora");
        assertThat(response.kind()).isEqualTo(ResponseKind.RESOLVE);
        assertThat(response.channel()).isEqualTo(ResponseChannel.API);
        assertThat(audited("operadora", "RESPOND", "alert:" + alertId)).isEqualTo(1);

        given().when().get(ALERTS + "/" + alertId).then().statusCode(200)
                .body("state", equalTo("OPEN"));

        applyResponse.apply(response);
        given().when().get(ALERTS + "/" + alertId).then().statusCode(200)
                .body("state", equalTo("RESOLVED"))
                .body("timeline.detail", hasItem("RESOLVE from operadora (OPERATOR) by API"));
    }

    @Test
    @TestSecurity(user = ANA, roles = "responder")
    void aContactedRespondersAckCountsOnceTheEngineAppliesIt() {
        UUID alertId = raise(marta, Grade.HIGH);

        given().contentType(ContentType.JSON).body(Map.of("kind", "ACK"))
                .when().post(ALERTS + "/" + alertId + "/responses")
                .then().statusCode(202);

        List<AlertResponse> sent = responsesTo(alertId);
        assertThat(sent).singleElement().satisfies(response -> {
            assertThat(response.actor().type()).isEqualTo(ActorType.RESPONDER);
            assertThat(response.actor().id()).isEqualTo(anaId);
            assertThat(response.kind()).isEqualTo(ResponseKind.ACK);
        });
        assertThat(audited(ANA, "RESPOND", "alert:" + alertId)).isEqualTo(1);

        applyResponse.apply(sent.get(0));
        given().when().get(ALERTS + "/" + alertId)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACKNOWLEDGED"))
                .body("acks", hasSize(1))
                .body("acks[0].responderId", equalTo(anaId))
                .body("acks[0].channel", equalTo("API"))
                .body("acks[0].at", equalTo("2026-11-28T10:00:00Z"));
    }

    @Test
    @TestSecurity(user = ANA, roles = "responder")
    void aResponderWhoWasNotContactedMayNotAnswer() {
        network.signsInAs(zoeId, ANA);
        UUID alertId = raise(marta, Grade.HIGH);

        given().contentType(ContentType.JSON).body(Map.of("kind", "ACK"))
                .when().post(ALERTS + "/" + alertId + "/responses")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));

        assertThat(responsesTo(alertId)).isEmpty();
        assertThat(audited(ANA, "RESPOND", "alert:" + alertId)).isZero();
    }

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void anAuditorMayNotAnswer() {
        UUID alertId = raise(marta, Grade.HIGH);

        given().contentType(ContentType.JSON).body(Map.of("kind", "ACK"))
                .when().post(ALERTS + "/" + alertId + "/responses")
                .then().statusCode(403).contentType(startsWith("application/problem+json"));

        assertThat(responsesTo(alertId)).isEmpty();
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anAnswerToAnUnknownAlertIsNotFound() {
        UUID unknown = UUID.randomUUID();

        given().contentType(ContentType.JSON).body(Map.of("kind", "ACK"))
                .when().post(ALERTS + "/" + unknown + "/responses")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));

        assertThat(responsesTo(unknown)).isEmpty();
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aBadKindIsAProblemNamingTheField() {
        UUID alertId = raise(marta, Grade.HIGH);
        String responses = ALERTS + "/" + alertId + "/responses";

        given().contentType(ContentType.JSON).body(Map.of("kind", "MAYBE")).when().post(responses)
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("kind"));
        given().contentType(ContentType.JSON).body("{}").when().post(responses)
                .then().statusCode(422).contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).body("{\"kind\":").when().post(responses)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().contentType(ContentType.JSON).when().post(responses)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));

        assertThat(responsesTo(alertId)).isEmpty();
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anOperatorResolvesAnAlertAfterADuressSignalOnlySayingHowSheVerifiedTheDefender() {
        UUID alertId = raiseDuress(marta);
        String responses = ALERTS + "/" + alertId + "/responses";

        given().contentType(ContentType.JSON).body(Map.of("kind", "RESOLVE")).when().post(responses)
                .then().statusCode(422).contentType(startsWith("application/problem+json"))
                .body("errors.field", contains("verification"))
                .body("errors.code", contains("required"));
        given().contentType(ContentType.JSON).body(Map.of("kind", "RESOLVE", "verification", "  ")).when()
                .post(responses)
                .then().statusCode(422).body("errors.field", contains("verification"));
        assertThat(responsesTo(alertId)).isEmpty();
        assertThat(audited("operadora", "RESPOND", "alert:" + alertId)).isZero();

        given().contentType(ContentType.JSON)
                .body(Map.of("kind", "RESOLVE", "verification", "called her on the number agreed with the unit"))
                .when().post(responses)
                .then().statusCode(202);

        AlertResponse response = responsesTo(alertId).get(0);
        applyResponse.apply(response);
        given().when().get(ALERTS + "/" + alertId).then().statusCode(200)
                .body("state", equalTo("RESOLVED"))
                .body("timeline.findAll { it.type == 'RESOLVE_VERIFIED' }.actorId", contains("operadora"))
                .body("timeline.findAll { it.type == 'RESOLVE_VERIFIED' }.detail",
                        contains("operadora verified the defender: called her on the number agreed with the unit"));
        assertThat(audited("operadora", "RESPOND", "alert:" + alertId)).isEqualTo(1);
        assertThat(audited("operadora", "RESOLVE_VERIFIED", "alert:" + alertId)).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aVerificationTravelsOnlyWithTheResponseItWasSaidWith() {
        UUID alertId = raiseDuress(marta);
        given().contentType(ContentType.JSON).body(Map.of("kind", "RESOLVE", "verification", "met her"))
                .when().post(ALERTS + "/" + alertId + "/responses").then().statusCode(202);
        AlertResponse said = responsesTo(alertId).get(0);

        applyResponse.apply(new ResponseSeal("intake", "a-response-key-until-the-merge-of-proofs").sealed(UUID.randomUUID(), alertId, null, said.actor(), ResponseKind.RESOLVE,
                ResponseChannel.API, clock.instant(), ProofMethod.TWILIO_SIGNATURE, "test"));

        given().when().get(ALERTS + "/" + alertId).then().statusCode(200)
                .body("state", not(equalTo("RESOLVED")))
                .body("timeline.findAll { it.type == 'RESOLVE_RECORDED' }.actorId", contains("operadora"));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aRespondersResueltoAfterADuressSignalLeavesTheAlertAsItWas() {
        UUID alertId = raiseDuress(marta);
        String before = given().when().get(ALERTS + "/" + alertId).then().statusCode(200).extract().path("state");
        String code = given().when().get(ALERTS + "/" + alertId).then().extract().path("code");

        applyResponse.apply(new ResponseSeal("intake", "a-response-key-until-the-merge-of-proofs").sealed(UUID.randomUUID(), null, code, new Actor(ActorType.RESPONDER, anaId),
                ResponseKind.RESOLVE, ResponseChannel.SMS, clock.instant(), ProofMethod.TWILIO_SIGNATURE, "test"));

        given().when().get(ALERTS + "/" + alertId).then().statusCode(200)
                .body("state", equalTo(before))
                .body("timeline.findAll { it.type == 'RESOLVE_RECORDED' }.personId", contains(anaId))
                .body("timeline.findAll { it.type == 'RESOLVE_RECORDED' }.detail",
                        contains("RESOLVE from " + anaId + " recorded: only an operator may close this alert"));
    }

    // ---- helpers ----

    private static EscalationPolicy policy(String id, String group) {
        return new EscalationPolicy(id, "Drill " + id, List.of(
                new PolicyLevel("Trusted", List.of(Target.parse("group:" + group)), Set.of(SMS), 1,
                        Duration.ofSeconds(30), Duration.ofSeconds(10)),
                new PolicyLevel("Everyone", List.of(Target.parse("group:" + group)), Set.of(SMS), 1,
                        Duration.ofSeconds(60), null)),
                Map.of(Grade.LOW, 1, Grade.ELEVATED, 1, Grade.HIGH, 1, Grade.CRITICAL, 2), 1);
    }

    private UUID raise(String defender, Grade grade) {
        return raiseAlert.apply(new SignalAssessed(UUID.randomUUID(), defender, true, SignalType.PANIC,
                SignalSource.SMS, clock.instant(), 70, grade, 1, List.of(), false, null, null, null)).orElseThrow();
    }

    /** Her duress PIN: an alert CRITICAL at once, that only an operator may end. */
    private UUID raiseDuress(String defender) {
        return raiseAlert.apply(new SignalAssessed(UUID.randomUUID(), defender, true, SignalType.DURESS,
                SignalSource.SMS, clock.instant(), 95, Grade.CRITICAL, 1, List.of(), false, null, null, null))
                .orElseThrow();
    }

    private void cancel(String defender) {
        raiseAlert.apply(new SignalAssessed(UUID.randomUUID(), defender, true, SignalType.CANCEL, SignalSource.SMS,
                clock.instant(), 0, null, 1, List.of(), false, null, null, null));
    }

    private List<AlertResponse> responsesTo(UUID alertId) {
        List<AlertResponse> responses = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT payload::text FROM outbox_event"
                        + " WHERE topic = ? AND event_key = ? ORDER BY sequence")) {
            select.setString(1, Topics.ALERTS_RESPONSES);
            select.setString(2, alertId.toString());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    responses.add(EventJson.read(rows.getString(1).getBytes(StandardCharsets.UTF_8),
                            AlertResponse.class));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return responses;
    }

    /** How many times {@code actor} did {@code action} to {@code subject} since the test began. */
    private int audited(String actor, String action, String subject) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT count(*) FROM audit_entry"
                        + " WHERE sequence > ? AND actor = ? AND action = ? AND subject = ?")) {
            select.setLong(1, auditedBefore);
            select.setString(2, actor);
            select.setString(3, action);
            select.setString(4, subject);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long lastAuditSequence() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT COALESCE(max(sequence), 0) FROM audit_entry");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
