package org.centinela.intake.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.directory.DeviceId;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.contracts.signal.ViolenceType;
import org.centinela.intake.IntakeDatabase;
import org.centinela.intake.People;
import org.centinela.intake.application.CheckInTimers;
import org.centinela.intake.application.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The panic app's endpoints: device tokens, idempotency on clientId, validation, check-ins. */
@QuarkusTest
class AppEndpointsTest {

    @Inject
    Directory directory;
    @Inject
    PepperedHash hashes;
    @Inject
    DataSource dataSource;
    @Inject
    CheckInTimers timers;

    private IntakeDatabase database;
    private String defenderId;
    private String token;

    @BeforeEach
    void aDefenderWithTheApp() {
        database = new IntakeDatabase(dataSource);
        defenderId = "def-" + UUID.randomUUID();
        token = People.deviceToken(defenderId);
        directory.put(People.defender(hashes, defenderId, "+5025" + (1_000_000 + (long) (Math.random() * 8_999_999)), true));
    }

    @Test
    void thePanicButtonRaisesOneSignalHoweverOftenTheAppRetries() {
        Map<String, Object> sos = Map.of("clientId", UUID.randomUUID().toString(),
                "location", Map.of("lat", 14.6349, "lon", -90.5069, "accuracyM", 12), "text", "me siguen");

        String first = given().auth().oauth2(token).contentType("application/json").body(sos)
                .when().post("/api/v1/sos").then().statusCode(202).body("signalId", notNullValue())
                .extract().path("signalId");
        String retry = given().auth().oauth2(token).contentType("application/json").body(sos)
                .when().post("/api/v1/sos").then().statusCode(202).extract().path("signalId");

        assertThat(retry).isEqualTo(first);
        assertThat(database.outbox(defenderId)).hasSize(1);
        SignalReceived signal = signal(database.outbox(defenderId).get(0));
        assertThat(signal.signalId()).hasToString(first);
        assertThat(signal.source()).isEqualTo(SignalSource.APP);
        assertThat(signal.location().lat()).isEqualTo(14.6349);
    }

    @Test
    void aSignalOfTheAppNamesTheDeviceThatSentItByTheHashOfItsToken() {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "text", "me siguen"))
                .when().post("/api/v1/sos").then().statusCode(202);
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "text", "me llevan " + People.DURESS_PIN))
                .when().post("/api/v1/sos").then().statusCode(202);

        UUID device = DeviceId.of(hashes.fingerprint(token));
        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type())
                .containsExactly(SignalType.PANIC, SignalType.DURESS);
        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).deviceId()).containsOnly(device);
    }

    @Test
    void aTokenHerLatestSnapshotNoLongerListsIsRefusedAtOnceByEveryEndpoint() {
        String checkIn = aCheckIn();
        directory.put(People.withoutDevices(directory.byId(defenderId).orElseThrow()));

        for (Response refused : everyDeviceEndpoint(checkIn)) {
            refused.then().statusCode(401).contentType(startsWith("application/problem+json"));
        }
        assertThat(database.outbox(defenderId)).isEmpty();
        assertThat(database.checkInState(checkIn)).isEqualTo("OPEN");
    }

    @Test
    void withHerPhoneSeizedHerPinClosesNoCheckInWhicheverWayItCameButHerDuressPinDoes() {
        String checkIn = aCheckIn();
        PersonSnapshot seized = People.seized(hashes, directory.byId(defenderId).orElseThrow(), People.uniqueCodeWord());
        directory.put(seized);

        timers.safe(seized, timers.find(seized, UUID.fromString(checkIn)).orElseThrow(), People.PIN);
        assertThat(database.checkInState(checkIn)).isEqualTo("OPEN");

        timers.safe(seized, timers.find(seized, UUID.fromString(checkIn)).orElseThrow(), People.DURESS_PIN);
        assertThat(database.checkInState(checkIn)).isEqualTo("CLOSED");
        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type()).containsExactly(SignalType.DURESS);
    }

    @Test
    void withoutAValidDeviceTokenTheAnswerIs401AndNothingIsRaised() {
        Map<String, Object> sos = Map.of("clientId", UUID.randomUUID().toString());
        given().contentType("application/json").body(sos).when().post("/api/v1/sos")
                .then().statusCode(401).contentType(startsWith("application/problem+json"))
                .header("WWW-Authenticate", "Bearer");
        given().auth().oauth2("stolen-or-made-up").contentType("application/json").body(sos).when().post("/api/v1/sos")
                .then().statusCode(401);
        assertThat(database.outbox(defenderId)).isEmpty();
    }

    @Test
    void anImpossibleLocationIsAProblemNamingTheField() {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "location", Map.of("lat", 91, "lon", 0)))
                .when().post("/api/v1/sos")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("location.lat"));
        given().auth().oauth2(token).contentType("application/json").body("{\"clientId\": \"not-a-uuid\"}")
                .when().post("/api/v1/sos")
                .then().statusCode(400).body("errors.field", hasItem("clientId"));
        assertThat(database.outbox(defenderId)).isEmpty();
    }

    @Test
    void aDefenderFilesADocumentedReport() {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "violenceType", "RAID",
                        "perpetratorType", "STATE_SECURITY_FORCES", "place", "oficina de la asociación",
                        "occurredOn", "2026-11-20", "narrative", "Allanaron la oficina y se llevaron las computadoras."))
                .when().post("/api/v1/reports").then().statusCode(202);

        SignalReceived signal = signal(database.outbox(defenderId).get(0));
        assertThat(signal.type()).isEqualTo(SignalType.REPORT);
        assertThat(signal.source()).isEqualTo(SignalSource.REPORT_FORM);
        assertThat(signal.report().violenceType()).isEqualTo(ViolenceType.RAID);
    }

    @Test
    void aReportWithoutItsTypesIsAProblemNamingThem() {
        given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "narrative", "algo pasó"))
                .when().post("/api/v1/reports")
                .then().statusCode(400).body("errors.field", hasItem("violenceType"))
                .body("errors.field", hasItem("perpetratorType"));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void anOperatorFilesAReportForADefender() {
        given().contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "defenderId", defenderId,
                        "violenceType", "THREAT", "perpetratorType", "ORGANISED_CRIME"))
                .when().post("/api/v1/reports").then().statusCode(202);
        given().contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "defenderId", "nobody",
                        "violenceType", "THREAT", "perpetratorType", "ORGANISED_CRIME"))
                .when().post("/api/v1/reports").then().statusCode(422);

        assertThat(database.outbox(defenderId)).hasSize(1);
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderMayNotFileReports() {
        given().contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "defenderId", defenderId,
                        "violenceType", "THREAT", "perpetratorType", "UNKNOWN"))
                .when().post("/api/v1/reports").then().statusCode(403);
    }

    @Test
    void aCheckInIsClosedByHerPinAndHerDuressPinClosesItAndRaisesDuress() {
        String clientId = UUID.randomUUID().toString();
        String id = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", clientId, "dueInMinutes", 45, "note", "reunión en Cobán"))
                .when().post("/api/v1/checkins").then().statusCode(201).body("dueAt", notNullValue())
                .extract().path("id");
        String again = given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", clientId, "dueInMinutes", 45))
                .when().post("/api/v1/checkins").then().statusCode(201).extract().path("id");
        assertThat(again).isEqualTo(id);

        given().auth().oauth2(token).contentType("application/json").body(Map.of("pin", "0000"))
                .when().post("/api/v1/checkins/" + id + "/safe").then().statusCode(202).body("status", equalTo("received"));
        given().auth().oauth2(token).contentType("application/json").body(Map.of("pin", People.DURESS_PIN))
                .when().post("/api/v1/checkins/" + id + "/safe").then().statusCode(202).body("status", equalTo("received"));

        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type()).containsExactly(SignalType.DURESS);
        assertThat(timers.raiseMissed()).as("a closed check-in is never missed").isZero();
    }

    @Test
    void sixWrongPinsThenHerDuressPinCloseHerCheckInAndRaiseDuressWithTheAnswerOfEveryOtherPin() {
        String id = aCheckIn();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(safe(id, "909" + i).then().statusCode(202).extract().asString());
        }
        answers.add(safe(id, People.DURESS_PIN).then().statusCode(202).extract().asString());

        assertThat(answers).containsOnly("{\"status\":\"received\"}");
        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type()).containsExactly(SignalType.DURESS);
        assertThat(database.checkInState(id)).isEqualTo("CLOSED");
    }

    @Test
    void afterFiveWrongPinsHerPinLeavesHerCheckInOpen() {
        String id = aCheckIn();
        for (int i = 0; i < 5; i++) {
            safe(id, "909" + i).then().statusCode(202);
        }
        safe(id, People.PIN).then().statusCode(202).body("status", equalTo("received"));

        assertThat(database.checkInState(id)).as("it will be missed: her network hears of it").isEqualTo("OPEN");
        assertThat(database.outbox(defenderId)).isEmpty();
    }

    @Test
    void herPinsInTheWordsOfTheAppAreWithheldAndHerDuressPinRaisesDuress() {
        String pin = People.uniquePin();
        String duressPin = People.uniquePin();
        String marta = "def-" + UUID.randomUUID();
        directory.put(People.defender(hashes, marta, "+5025" + (1_000_000 + (long) (Math.random() * 8_999_999)), true,
                pin, duressPin));
        String device = People.deviceToken(marta);

        given().auth().oauth2(device).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "text", "me llevan, pin " + pin))
                .when().post("/api/v1/sos").then().statusCode(202);
        given().auth().oauth2(device).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "text", "me llevan " + duressPin))
                .when().post("/api/v1/sos").then().statusCode(202);
        given().auth().oauth2(device).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "violenceType", "THREAT",
                        "perpetratorType", "UNKNOWN", "place", "casa " + pin, "narrative", "me obligan " + duressPin))
                .when().post("/api/v1/reports").then().statusCode(202);
        String checkIn = given().auth().oauth2(device).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "dueInMinutes", 45, "note", "voy con " + duressPin))
                .when().post("/api/v1/checkins").then().statusCode(201).extract().path("id");

        List<SignalReceived> signals = database.outbox(marta).stream().map(AppEndpointsTest::signal).toList();
        assertThat(signals).extracting(SignalReceived::type).containsExactly(SignalType.PANIC, SignalType.DURESS,
                SignalType.REPORT, SignalType.DURESS, SignalType.DURESS);
        assertThat(signals.get(0).text()).isEqualTo("me llevan, pin ****");
        assertThat(signals.get(1).text()).isEqualTo("me llevan ****");
        assertThat(signals.get(2).report().place()).isEqualTo("casa ****");
        assertThat(signals.get(2).report().narrative()).isEqualTo("me obligan ****");
        assertThat(database.checkInState(checkIn)).isEqualTo("OPEN");
        assertThat(database.tablesHolding(pin)).isEmpty();
        assertThat(database.tablesHolding(duressPin)).isEmpty();
    }

    @Test
    void anotherDefendersCheckInIsNotFound() {
        String other = "def-" + UUID.randomUUID();
        directory.put(People.defender(hashes, other, "+5025" + (1_000_000 + (long) (Math.random() * 8_999_999)), true));
        String id = given().auth().oauth2(People.deviceToken(other)).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "dueInMinutes", 30))
                .when().post("/api/v1/checkins").then().statusCode(201).extract().path("id");

        given().auth().oauth2(token).contentType("application/json").body(Map.of("pin", People.PIN))
                .when().post("/api/v1/checkins/" + id + "/safe").then().statusCode(404);
    }

    @Test
    void anOverdueCheckInRaisesOneMissedSignalWithHerNote() {
        UUID id = UUID.randomUUID();
        Instant created = Instant.now().minusSeconds(3600);
        database.execute("INSERT INTO checkin (id, defender_id, due_at, note, state, created_at) VALUES (?, ?, ?, ?, 'OPEN', ?)",
                id, defenderId, Timestamp.from(created.plusSeconds(1800)), "voy a Cobán", Timestamp.from(created));

        assertThat(timers.raiseMissed()).isGreaterThanOrEqualTo(1);
        timers.raiseMissed();

        assertThat(database.outbox(defenderId)).hasSize(1);
        SignalReceived missed = signal(database.outbox(defenderId).get(0));
        assertThat(missed.type()).isEqualTo(SignalType.CHECKIN_MISSED);
        assertThat(missed.text()).isEqualTo("voy a Cobán");
    }

    private String aCheckIn() {
        return given().auth().oauth2(token).contentType("application/json")
                .body(Map.of("clientId", UUID.randomUUID().toString(), "dueInMinutes", 45))
                .when().post("/api/v1/checkins").then().statusCode(201).extract().path("id");
    }

    /** A request with her token to each endpoint that takes a device token. */
    private List<Response> everyDeviceEndpoint(String checkIn) {
        return List.of(
                given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("clientId", UUID.randomUUID().toString())).when().post("/api/v1/sos"),
                given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("clientId", UUID.randomUUID().toString(), "violenceType", "THREAT",
                                "perpetratorType", "UNKNOWN"))
                        .when().post("/api/v1/reports"),
                given().auth().oauth2(token).contentType("application/json")
                        .body(Map.of("clientId", UUID.randomUUID().toString(), "dueInMinutes", 30))
                        .when().post("/api/v1/checkins"),
                safe(checkIn, People.PIN));
    }

    private Response safe(String checkIn, String pin) {
        return given().auth().oauth2(token).contentType("application/json").body(Map.of("pin", pin))
                .when().post("/api/v1/checkins/" + checkIn + "/safe");
    }

    private static SignalReceived signal(IntakeDatabase.OutboxRow row) {
        return EventJson.read(row.payload().getBytes(), SignalReceived.class);
    }
}
