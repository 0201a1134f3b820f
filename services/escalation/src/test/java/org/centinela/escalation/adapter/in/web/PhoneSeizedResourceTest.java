package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.centinela.contracts.Topics;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.application.RaiseAlert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Phone seized" mode on the test database, through the API and the engine's own use case: what marking it does to
 * her devices, her snapshot, her alert and her network, what a cancel from her phone does meanwhile, and how it is
 * cleared.
 */
@QuarkusTest
@TestSecurity(user = "operadora", roles = "operator")
class PhoneSeizedResourceTest {

    private static final String DEFENDERS = "/api/v1/defenders/";

    @Inject
    DataSource dataSource;

    @Inject
    RaiseAlert raiseAlert;

    private Outboxed outboxed;
    private String policyId;

    @BeforeEach
    void aPolicy() {
        outboxed = new Outboxed(dataSource);
        policyId = SmallNetwork.policy();
    }

    private static SignalAssessed signal(String defenderId, SignalType type, Grade grade) {
        return new SignalAssessed(UUID.randomUUID(), defenderId, true, type, SignalSource.SMS, Instant.now(),
                grade == null ? 0 : 70, grade, 1, List.of(), false, null, null, null);
    }

    private List<NotificationRequested> told(UUID alertId) {
        return outboxed.events(Topics.NOTIFICATIONS_REQUESTED, alertId.toString(), NotificationRequested.class).stream()
                .filter(request -> request.purpose() == NotificationPurpose.PHONE_SEIZED).toList();
    }

    private static io.restassured.response.ValidatableResponse put(String id, Map<String, ?> body) {
        return given().contentType(ContentType.JSON).body(body).when().put(DEFENDERS + id + "/phone-seized").then();
    }

    @Test
    void anOperatorMarksItOnceAndOnlyClearsItSayingHowSheVerifiedHer() {
        String id = SmallNetwork.defender(policyId);
        given().when().post(DEFENDERS + id + "/devices").then().statusCode(201);
        UUID alertId = raiseAlert.apply(signal(id, SignalType.PANIC, Grade.HIGH)).orElseThrow();
        String contacted = outboxed.events(Topics.NOTIFICATIONS_REQUESTED, alertId.toString(),
                NotificationRequested.class).get(0).personId();

        String since = put(id, Map.of("seized", true)).statusCode(200)
                .body("seized", equalTo(true)).body("since", notNullValue()).extract().path("since");

        PersonSnapshot snapshot = outboxed.latest(id);
        assertThat(snapshot.phoneSeized()).isTrue();
        assertThat(snapshot.deviceTokenHashes()).isEmpty();
        given().when().get(DEFENDERS + id + "/devices").then().statusCode(200).body("$", empty());
        assertThat(told(alertId)).singleElement().satisfies(request -> {
            assertThat(request.personId()).isEqualTo(contacted);
            assertThat(request.round()).isEqualTo(1);
        });
        put(id, Map.of("seized", true)).statusCode(200).body("since", equalTo(since));
        assertThat(told(alertId)).as("marking it twice tells nobody twice").hasSize(1);
        assertThat(outboxed.audit("defender:" + id)).containsOnlyOnce("operadora MARK_PHONE_SEIZED");
        given().when().get(DEFENDERS + id).then().statusCode(200)
                .body("phoneSeized", equalTo(true)).body("phoneSeizedSince", equalTo(since))
                .body("hasSeizedCodeWord", equalTo(false)).body("devices", equalTo(0));
        given().when().get("/api/v1/alerts/" + alertId).then().statusCode(200)
                .body("timeline.findAll { it.type == 'PHONE_SEIZED' }.actorId", contains("operadora"));
        given().when().post(DEFENDERS + id + "/devices").then().statusCode(409)
                .contentType(containsString("application/problem+json"));

        raiseAlert.apply(signal(id, SignalType.CANCEL, null));
        given().when().get("/api/v1/alerts/" + alertId).then().statusCode(200)
                .body("state", equalTo("OPEN"))
                .body("timeline[-1].type", equalTo("RESPONSE_IGNORED"))
                .body("timeline[-1].detail", containsString("marked seized"));

        put(id, Map.of("seized", false)).statusCode(422).contentType(containsString("application/problem+json"))
                .body("errors.field", contains("verification")).body("errors.code", contains("required"));
        put(id, Map.of("seized", false, "verification", "  ")).statusCode(422).body("errors.field",
                contains("verification"));
        put(id, Map.of()).statusCode(422).body("errors.field", contains("seized"));
        put(id, Map.of("seized", false, "verification", "x".repeat(501))).statusCode(422)
                .body("errors.code", contains("too-long"));
        assertThat(outboxed.latest(id).phoneSeized()).as("still marked").isTrue();

        put(id, Map.of("seized", false, "verification", " she called from her sister's phone and gave her PIN "))
                .statusCode(200).body("seized", equalTo(false)).body("since", nullValue());

        assertThat(outboxed.latest(id).phoneSeized()).isFalse();
        assertThat(outboxed.audit("defender:" + id)).containsOnlyOnce("operadora CLEAR_PHONE_SEIZED");
        given().when().get("/api/v1/alerts/" + alertId).then().statusCode(200)
                .body("timeline[-1].type", equalTo("PHONE_SEIZED_CLEARED"))
                .body("timeline[-1].detail", equalTo("her phone's seized mode cleared by operadora after verifying"
                        + " her: she called from her sister's phone and gave her PIN"));
        raiseAlert.apply(signal(id, SignalType.CANCEL, null));
        given().when().get("/api/v1/alerts/" + alertId).then().statusCode(200).body("state", equalTo("CANCELLED"));
    }

    @Test
    void herCodeWordMarksItOnceAndOpensNoAlert() throws SQLException {
        Map<String, Object> body = SmallNetwork.defenderBody(policyId, SmallNetwork.localPhone());
        body.put("seizedCodeWord", "colibrí" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).chars()
                .mapToObj(c -> String.valueOf((char) (Character.isDigit(c) ? 'g' + (c - '0') : c)))
                .collect(Collectors.joining()));
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/defenders")
                .then().statusCode(201).extract().path("id");
        assertThat(outboxed.latest(id).seizedCodeWordHash()).isNotNull();
        SignalAssessed seized = signal(id, SignalType.PHONE_SEIZED, null);

        assertThat(raiseAlert.apply(seized)).isEmpty();
        assertThat(raiseAlert.apply(seized)).isEmpty();

        given().when().get(DEFENDERS + id).then().statusCode(200)
                .body("phoneSeized", equalTo(true)).body("hasSeizedCodeWord", equalTo(true));
        assertThat(outboxed.audit("defender:" + id)).containsOnlyOnce("defender's code word MARK_PHONE_SEIZED");
        given().when().get("/api/v1/alerts?defenderId=" + id).then().statusCode(200).body("$", empty());

        SignalAssessed nobodys = signal("d-nobody-" + UUID.randomUUID(), SignalType.PHONE_SEIZED, null);
        assertThat(raiseAlert.apply(nobodys)).isEmpty();
        assertThat(unmatched(nobodys.signalId())).isEqualTo("PHONE_SEIZED_SIGNAL");
    }

    private String unmatched(UUID id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT kind FROM unmatched_input WHERE id = ?")) {
            select.setObject(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        }
    }
}
