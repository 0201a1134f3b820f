package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.escalation.application.engine.BriefNetwork.assessed;
import static org.centinela.escalation.application.engine.BriefNetwork.factor;
import static org.centinela.escalation.application.engine.BriefNetwork.received;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.util.UUID;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.Location;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.application.ReadAlerts;
import org.centinela.escalation.application.engine.BriefNetwork;
import org.centinela.escalation.application.engine.EngineProfile;
import org.centinela.escalation.application.engine.OnMartasNetwork;
import org.centinela.testing.LocalKeycloak;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/v1/alerts/{id}/brief} with real tokens of the local Keycloak: the operator reads everything, the
 * responder {@code ana} only what the alert's policy discloses to her, the auditor nothing; every reading is on the
 * timeline and in the audit log.
 */
@QuarkusTest
@TestProfile(EngineProfile.class)
class AlertBriefResourceTest extends OnMartasNetwork {

    private static final String ALERTS = "/api/v1/alerts/";

    @Test
    void anOperatorReadsTheWholeBriefInTheSpecsShapeAndHerReadingIsRecorded() {
        UUID alertId = sosFromTheMarket(Grade.HIGH);
        clock.advance(Duration.ofSeconds(30));
        applyResponse.apply(ack(alertId, marta.bea));
        clock.advance(Duration.ofSeconds(30));

        given().auth().oauth2(token(LocalKeycloak.OPERATOR)).header(AlertsResource.CLIENT, "console")
                .when().get(ALERTS + alertId + "/brief")
                .then().statusCode(200)
                .body("alertId", equalTo(alertId.toString()))
                .body("code", equalTo(code(alertId)))
                .body("version", equalTo(3))
                .body("heldForTriage", equalTo(false))
                .body("defender.id", equalTo(marta.marta))
                .body("defender.displayName", equalTo(BriefNetwork.MARTA_ALIAS))
                .body("defender.name", equalTo(BriefNetwork.MARTA_NAME))
                .body("defender.organisation", equalTo(BriefNetwork.ORGANISATION))
                .body("defender.language", equalTo("es"))
                .body("defender.country", equalTo("GT"))
                .body("defender.phone", equalTo(marta.martaPhone))
                .body("defender.inDirectory", equalTo(true))
                .body("grade", equalTo("HIGH"))
                .body("reasons.code", contains("type.panic", "keyword.me-siguen"))
                .body("reasons[0].contribution", equalTo(30))
                .body("reasons[0].explanation", equalTo("Explanation of type.panic"))
                .body("signals.type", contains("PANIC", "PANIC"))
                .body("signals[0].source", equalTo("SMS"))
                .body("signals[0].at", equalTo("2026-11-28T10:00:00Z"))
                .body("signals[0].text", equalTo("SOS me siguen dos hombres, mercado de Cobán"))
                .body("signals[0]", not(hasKey("location")))
                .body("signals[1].location.lat", equalTo(15.4709f))
                .body("signals[1].location.lon", equalTo(-90.3707f))
                .body("signals[1].location.accuracyM", equalTo(12.0f))
                .body("signals[1].locatedAt", equalTo("2026-11-28T10:00:20Z"))
                .body("latestLocation.lat", equalTo(15.4709f))
                .body("latestLocation.at", equalTo("2026-11-28T10:00:20Z"))
                .body("latestLocation.mapUrl", equalTo(
                        "https://www.openstreetmap.org/?mlat=15.47090&mlon=-90.37070#map=17/15.47090/-90.37070"))
                .body("onIt.personId", contains(marta.bea))
                .body("onIt[0].name", equalTo("Bea Ruiz"))
                .body("onIt[0].channel", equalTo("SMS"))
                .body("onIt[0].at", equalTo("2026-11-28T10:00:30Z"))
                .body("disclosures.kind", contains("READ"))
                .body("disclosures[0].personId", equalTo(LocalKeycloak.OPERATOR))
                .body("disclosures[0].channel", equalTo("CONSOLE"))
                .body("disclosures[0].at", equalTo("2026-11-28T10:01:00Z"));

        given().auth().oauth2(token(LocalKeycloak.OPERATOR)).when().get(ALERTS + alertId)
                .then().statusCode(200)
                .body("timeline.findAll { it.type == 'BRIEF_READ' }.actorId", contains(LocalKeycloak.OPERATOR))
                .body("timeline.findAll { it.type == 'BRIEF_READ' }.channel", contains("CONSOLE"));
        assertThat(outboxed.audit(ReadAlerts.subject(alertId)))
                .contains(LocalKeycloak.OPERATOR + " READ_BRIEF CONSOLE");
        given().auth().oauth2(token(LocalKeycloak.AUDITOR)).when().get("/api/v1/audit-log?limit=20")
                .then().statusCode(200)
                .body("entries.find { it.action == 'READ_BRIEF' && it.subject == 'alert:" + alertId + "' }.channel",
                        equalTo("CONSOLE"))
                .body("entries.find { it.action == 'READ_BRIEF' && it.subject == 'alert:" + alertId + "' }.actor",
                        equalTo(LocalKeycloak.OPERATOR))
                .body("entries[0]", not(hasKey("channel")));
    }

    @Test
    void aResponderAtAnOnContactLevelReadsItWithoutHerNameOrTheDisclosures() {
        UUID alertId = sosFromTheMarket(Grade.HIGH);

        given().auth().oauth2(token(LocalKeycloak.RESPONDER)).when().get(ALERTS + alertId + "/brief")
                .then().statusCode(200)
                .body("defender.displayName", equalTo(BriefNetwork.MARTA_ALIAS))
                .body("defender.phone", equalTo(marta.martaPhone))
                .body("defender", not(hasKey("name")))
                .body("signals[0].text", equalTo("SOS me siguen dos hombres, mercado de Cobán"))
                .body("disclosures", empty());

        assertThat(outboxed.audit(ReadAlerts.subject(alertId))).contains(marta.ana + " READ_BRIEF API");
    }

    @Test
    void aResponderAtAnOnAckLevelReadsItOnlyOnceSheSaidSheIsOnIt() {
        UUID alertId = sosFromTheMarket(Grade.CRITICAL);
        network.signsInAs(marta.caro, LocalKeycloak.RESPONDER);
        String brief = ALERTS + alertId + "/brief";

        given().auth().oauth2(token(LocalKeycloak.RESPONDER)).when().get(brief)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("the alert's policy does not disclose its brief to you"));
        assertThat(outboxed.audit(ReadAlerts.subject(alertId))).noneMatch(entry -> entry.contains("READ_BRIEF"))
                .contains(LocalKeycloak.RESPONDER + " READ_REFUSED");

        applyResponse.apply(ack(alertId, marta.caro));

        given().auth().oauth2(token(LocalKeycloak.RESPONDER)).when().get(brief)
                .then().statusCode(200).body("onIt.personId", contains(marta.caro));
    }

    @Test
    void aResponderTheAlertDidNotContactAnAuditorAndNobodyWithoutATokenReadNothing() {
        UUID alertId = sosFromTheMarket(Grade.HIGH);
        String brief = ALERTS + alertId + "/brief";
        network.signsInAs("r-elsewhere", LocalKeycloak.RESPONDER);

        given().auth().oauth2(token(LocalKeycloak.RESPONDER)).when().get(brief).then().statusCode(403);
        given().auth().oauth2(token(LocalKeycloak.AUDITOR)).when().get(brief)
                .then().statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("only operators and the responders it is disclosed to may read an alert's"
                        + " brief"));
        given().when().get(brief).then().statusCode(401).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(token(LocalKeycloak.OPERATOR)).when().get(ALERTS + UUID.randomUUID() + "/brief")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));

        assertThat(outboxed.audit(ReadAlerts.subject(alertId))).noneMatch(entry -> entry.contains("READ_BRIEF"))
                .contains(LocalKeycloak.RESPONDER + " READ_REFUSED", LocalKeycloak.AUDITOR + " READ_REFUSED");
    }

    /** Her SMS, then her app's location 20 s later; the first assessment opens the alert with {@code grade}. */
    private UUID sosFromTheMarket(Grade grade) {
        SignalReceived sms = received(marta.marta, SignalType.PANIC, SignalSource.SMS, T0,
                "SOS me siguen dos hombres, mercado de Cobán", null);
        SignalReceived app = received(marta.marta, SignalType.PANIC, SignalSource.APP, T0.plusSeconds(20), null,
                new Location(15.4709, -90.3707, 12.0));
        keepDetails.apply(sms);
        UUID alertId = raiseAlert.apply(assessed(sms, grade, factor("type.panic", 30), factor("keyword.me-siguen", 20)))
                .orElseThrow();
        keepDetails.apply(app);
        raiseAlert.apply(assessed(app, grade, factor("type.panic", 30)));
        return alertId;
    }

    private AlertResponse ack(UUID alertId, String responderId) {
        return response(alertId, responderId, ResponseKind.ACK);
    }

    private String code(UUID alertId) {
        return given().auth().oauth2(token(LocalKeycloak.OPERATOR)).when().get(ALERTS + alertId)
                .then().statusCode(200).extract().path("code");
    }

    private static String token(String user) {
        return LocalKeycloak.accessToken(user);
    }
}
