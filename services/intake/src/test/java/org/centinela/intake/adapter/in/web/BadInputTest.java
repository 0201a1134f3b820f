package org.centinela.intake.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalType;
import org.centinela.intake.IntakeDatabase;
import org.centinela.intake.People;
import org.centinela.intake.SignedSms;
import org.centinela.intake.application.Directory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the fuzz runs found: bad input is refused or cleaned, never a 500, and no SOS is lost to it. */
@QuarkusTest
class BadInputTest {

    private static final String EMPTY_TWIML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response/>";

    @Inject
    Directory directory;
    @Inject
    PepperedHash hashes;
    @Inject
    DataSource dataSource;

    private IntakeDatabase database;
    private String defenderId;
    private String phone;

    @BeforeEach
    void aDefenderOfTheNetwork() {
        database = new IntakeDatabase(dataSource);
        defenderId = "def-" + UUID.randomUUID();
        phone = uniquePhone();
        directory.put(People.defender(hashes, defenderId, phone, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t", "hola\u0000", "\u0000", "me siguen \u0000 zona 1"})
    void aBlankOrNulSmsFromAnUnknownNumberIsKeptForTriageWithoutAReply(String body) {
        String stranger = uniquePhone();

        SignedSms.send(stranger, body).then().statusCode(200).body(equalTo(EMPTY_TWIML));

        assertThat(database.outbox(SignalReceived.unknownSenderKey(hashes.fingerprint(stranger))))
                .extracting(row -> signal(row).type()).containsExactly(SignalType.REPORT);
    }

    @Test
    void anSosWithANulRaisesTheAlarmWithTheNulLeftOut() {
        SignedSms.send(phone, "SOS me\u0000 siguen").then().statusCode(200).body(containsString("Recibido."));

        SignalReceived signal = signal(database.outbox(defenderId).get(0));
        assertThat(signal.type()).isEqualTo(SignalType.PANIC);
        assertThat(signal.text()).isEqualTo("me siguen");
    }

    @Test
    void aBlankSmsFromHerGetsTheDiscreetReply() {
        SignedSms.send(phone, " ").then().statusCode(200).body(containsString("Recibido."));
    }

    @Test
    void reporteAloneFromHerFilesAReportWithoutWordsAndGetsTheDiscreetReply() {
        SignedSms.send(phone, "REPORTE").then().statusCode(200).body(containsString("Recibido."));

        SignalReceived signal = signal(database.outbox(defenderId).get(0));
        assertThat(signal.type()).isEqualTo(SignalType.REPORT);
        assertThat(signal.report().narrative()).isNull();
    }

    @Test
    void aDuplicatedJsonKeyIsAProblemWithOrWithoutAToken() {
        String body = "{\"pin\":\"" + People.PIN + "\",\"pin\":\"" + People.PIN + "\"}";
        String target = "/api/v1/checkins/" + UUID.randomUUID() + "/safe";

        given().contentType("application/json").body(body).when().post(target)
                .then().statusCode(anyOf(is(400), is(401))).contentType(startsWith("application/problem+json"));
        given().auth().oauth2(People.deviceToken(defenderId)).contentType("application/json").body(body)
                .when().post(target)
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
    }

    @Test
    void anAccuracyJsonReadsAsInfiniteIsAProblemNamingTheField() {
        given().auth().oauth2(People.deviceToken(defenderId)).contentType("application/json")
                .body("{\"clientId\":\"" + UUID.randomUUID() + "\",\"location\":{\"lat\":14.6,\"lon\":-90.5,\"accuracyM\":1e400}}")
                .when().post("/api/v1/sos")
                .then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem("location.accuracyM"));
        assertThat(database.outbox(defenderId)).isEmpty();
    }

    @Test
    void aMalformedPercentEncodingInTheWebhooksFormIsRefusedNeverA500() {
        given().header("X-Twilio-Signature", "anything").contentType("application/x-www-form-urlencoded")
                .body("MessageSid=SM1&From=%2B50255550000&Body=%E0%A4%A").when().post("/twilio/sms")
                .then().statusCode(anyOf(is(400), is(403))).contentType(startsWith("application/problem+json"));
    }

    private static SignalReceived signal(IntakeDatabase.OutboxRow row) {
        return EventJson.read(row.payload().getBytes(), SignalReceived.class);
    }

    private static String uniquePhone() {
        return "+5025" + (1_000_000 + (long) (Math.random() * 8_999_999));
    }
}
