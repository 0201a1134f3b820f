package org.centinela.intake.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.intake.IntakeDatabase;
import org.centinela.intake.People;
import org.centinela.intake.SignedSms;
import org.centinela.intake.application.CheckInTimers;
import org.centinela.intake.application.Directory;
import org.centinela.testing.ManagementInterface;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TwilioSmsWebhookTest {

    private static final String RECEIVED_TWIML = "<Response><Message>Recibido.</Message></Response>";

    @Inject
    Directory directory;
    @Inject
    PepperedHash hashes;
    @Inject
    DataSource dataSource;
    @Inject
    CheckInTimers timers;
    @ConfigProperty(name = "centinela.response-key")
    String responseKey;

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

    @Test
    void aSignedSosBecomesAPanicSignalKeyedByTheDefenderAndADiscreetReply() {
        SignedSms.send(phone, "¡¡Ayúda!! me siguen, zona 1").then()
                .statusCode(200)
                .contentType(startsWith("application/xml"))
                .body(containsString("<Message>Recibido.</Message>"));

        List<IntakeDatabase.OutboxRow> rows = database.outbox(defenderId);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).topic()).isEqualTo(Topics.SIGNALS_RECEIVED);
        assertThat(rows.get(0).type()).isEqualTo(SignalReceived.TYPE);
        SignalReceived signal = signal(rows.get(0));
        assertThat(signal.type()).isEqualTo(SignalType.PANIC);
        assertThat(signal.verifiedSender()).isTrue();
        assertThat(signal.text()).isEqualTo("me siguen, zona 1");
    }

    @Test
    void aMissingOrForgedSignatureIs403AndRecordsNothing() {
        Map<String, String> form = SignedSms.form(SignedSms.newSid(), phone, "SOS");
        given().formParams(form).when().post("/twilio/sms").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        String signature = SignedSms.signature(form);
        form.put("Body", "SOS forged text");
        given().header("X-Twilio-Signature", signature).formParams(form).when().post("/twilio/sms")
                .then().statusCode(403);

        assertThat(database.outbox(defenderId)).isEmpty();
    }

    @Test
    void aRetriedMessageSidIsAnsweredAlikeAndChangesNothing() {
        String sid = SignedSms.newSid();
        String first = SignedSms.post(sid, phone, "SOS").then().statusCode(200).extract().asString();
        String second = SignedSms.post(sid, phone, "SOS").then().statusCode(200).extract().asString();

        assertThat(second).isEqualTo(first);
        assertThat(database.outbox(defenderId)).hasSize(1);
    }

    @Test
    void theDuressPinIsAnsweredExactlyLikeTheRealPinButRaisesDuress() {
        String cancelReply = SignedSms.send(phone, "BIEN " + People.PIN).then().statusCode(200).extract().asString();
        String duressReply = SignedSms.send(phone, "bien " + People.DURESS_PIN).then().statusCode(200).extract().asString();
        String wrongReply = SignedSms.send(phone, "BIEN 0000").then().statusCode(200).extract().asString();

        assertThat(duressReply).isEqualTo(cancelReply).isEqualTo(wrongReply).isEqualTo(withHeader(RECEIVED_TWIML));
        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type())
                .containsExactly(SignalType.CANCEL, SignalType.DURESS);
    }

    @Test
    void afterFiveWrongPinsEvenTheRightPinDoesNothingForAWhile() {
        for (int i = 0; i < 5; i++) {
            SignedSms.send(phone, "SAFE 000" + i).then().statusCode(200);
        }
        SignedSms.send(phone, "SAFE " + People.PIN).then().statusCode(200).body(containsString("Recibido."));
        SignedSms.send(phone, "llegué " + People.PIN).then().statusCode(200).body(containsString("Recibido."));

        assertThat(database.outbox(defenderId)).as("no CANCEL").isEmpty();
    }

    @Test
    void sixWrongPinsThenTheDuressPinRaiseDuressWithTheReplyOfEveryOtherPin() {
        List<String> replies = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            replies.add(SignedSms.send(phone, "BIEN 909" + i).then().statusCode(200).extract().asString());
        }
        replies.add(SignedSms.send(phone, "BIEN " + People.DURESS_PIN).then().statusCode(200).extract().asString());
        replies.add(SignedSms.send(phone, "BIEN " + People.PIN).then().statusCode(200).extract().asString());

        assertThat(replies).containsOnly(withHeader(RECEIVED_TWIML));
        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type()).containsExactly(SignalType.DURESS);
    }

    @Test
    void herDuressPinAfterArrivingIsNeverLockedOutEither() {
        for (int i = 0; i < 6; i++) {
            SignedSms.send(phone, "LLEGUE 909" + i).then().statusCode(200);
        }
        SignedSms.send(phone, "ya llegué " + People.DURESS_PIN).then().statusCode(200);

        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type()).containsExactly(SignalType.DURESS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BIEN mi pin %s", "BIEN %s gracias", "estoy bien %s gracias", "%s", "todo tranquilo, %s",
            "REPORTE nada nuevo, mi pin %s"})
    void herPinAnywhereInAMessageIsACancelAttemptNeverFiledAndKeptNowhere(String message) {
        String pin = People.uniquePin();
        String defender = aDefenderWith(pin, People.uniquePin());

        SignedSms.send(phoneOf(defender), message.formatted(pin)).then().statusCode(200)
                .body(equalTo(withHeader(RECEIVED_TWIML)));

        assertThat(database.outbox(defender)).extracting(row -> signal(row).type()).containsExactly(SignalType.CANCEL);
        assertThat(database.tablesHolding(pin)).as("tables holding her PIN").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"hola, todo tranquilo %s nos vemos", "BIEN %s gracias", "REPORTE nada nuevo %s",
            "SOS me llevan, %s", "Girasol %s", "%s", "VOY 45 %s"})
    void herDuressPinInsideALongerTextRaisesDuressAndIsKeptNowhere(String message) {
        String duressPin = People.uniquePin();
        String defender = aDefenderWith(People.uniquePin(), duressPin);
        for (int i = 0; i < 6; i++) {
            SignedSms.send(phoneOf(defender), "BIEN 909" + i).then().statusCode(200);
        }

        SignedSms.send(phoneOf(defender), message.formatted(duressPin)).then().statusCode(200)
                .body(equalTo(withHeader(RECEIVED_TWIML)));

        assertThat(database.outbox(defender)).extracting(row -> signal(row).type()).containsExactly(SignalType.DURESS);
        assertThat(database.tablesHolding(duressPin)).as("tables holding her duress PIN").isEmpty();
    }

    @Test
    void herWordsAroundHerDuressPinReachHerNetworkWithoutIt() {
        String duressPin = People.uniquePin();
        String defender = aDefenderWith(People.uniquePin(), duressPin);

        SignedSms.send(phoneOf(defender), "todo bien " + duressPin + " me llevan a la zona 18").then().statusCode(200);

        assertThat(signal(database.outbox(defender).get(0)).text()).isEqualTo("todo bien **** me llevan a la zona 18");
    }

    @Test
    void anSosWithHerPinRaisesTheAlarmWithHerPinWithheld() {
        String pin = People.uniquePin();
        String defender = aDefenderWith(pin, People.uniquePin());

        SignedSms.send(phoneOf(defender), "SOS me llevan, " + pin + " placa 512345").then().statusCode(200);

        SignalReceived panic = signal(database.outbox(defender).get(0));
        assertThat(panic.type()).isEqualTo(SignalType.PANIC);
        assertThat(panic.text()).isEqualTo("me llevan, **** placa 512345");
        assertThat(database.tablesHolding(pin)).isEmpty();
    }

    @Test
    void aReportWhoseNumbersAreNotHerPinsIsFiledAsWritten() {
        SignedSms.send(phone, "REPORTE la placa era 512345 y pasaron 2 veces").then().statusCode(200);

        SignalReceived report = signal(database.outbox(defenderId).get(0));
        assertThat(report.type()).isEqualTo(SignalType.REPORT);
        assertThat(report.report().narrative()).isEqualTo("la placa era 512345 y pasaron 2 veces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BIEN 482", "bien 48211", "Bien 48 21", "llegué 123456789"})
    void aMistypedPinIsACancelAttemptThatDoesNothingAndIsNeverFiled(String message) {
        SignedSms.send(phone, message).then().statusCode(200).body(equalTo(withHeader(RECEIVED_TWIML)));

        assertThat(database.outbox(defenderId)).isEmpty();
    }

    @Test
    void herCodeWordRaisesAPanic() {
        SignedSms.send(phone, "Girasol, estoy en la plaza").then().statusCode(200);

        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type()).containsExactly(SignalType.PANIC);
    }

    @Test
    void whateverElseSheWritesIsFiledAsAReportForScoring() {
        SignedSms.send(phone, "hombres armados frente a la casa").then().statusCode(200);

        SignalReceived signal = signal(database.outbox(defenderId).get(0));
        assertThat(signal.type()).isEqualTo(SignalType.REPORT);
        assertThat(signal.report().narrative()).isEqualTo("hombres armados frente a la casa");
    }

    @Test
    void numbersAloneThatAreNoneOfHerPinsAreNeverFiled() {
        SignedSms.send(phone, "0000 5555").then().statusCode(200).body(containsString("Recibido."));

        assertThat(database.outbox(defenderId)).isEmpty();
    }

    @Test
    void aDefenderWhoTurnedRepliesOffGetsAnEmptyResponse() {
        String quiet = "def-" + UUID.randomUUID();
        String quietPhone = uniquePhone();
        directory.put(People.defender(hashes, quiet, quietPhone, false));

        SignedSms.send(quietPhone, "SOS").then().statusCode(200).body(equalTo(withHeader("<Response/>")));
        assertThat(database.outbox(quiet)).hasSize(1);
    }

    @Test
    void anUnknownNumberIsAnUnverifiedSignalForTriageWithNoReply() {
        String stranger = uniquePhone();
        SignedSms.send(stranger, "SOS ayuda").then().statusCode(200).body(equalTo(withHeader("<Response/>")));

        String key = SignalReceived.unknownSenderKey(hashes.fingerprint(stranger));
        SignalReceived signal = signal(database.outbox(key).get(0));
        assertThat(signal.verifiedSender()).isFalse();
        assertThat(signal.type()).isEqualTo(SignalType.PANIC);
        assertThat(key).doesNotContain(stranger.substring(1));
        assertThat(signal.senderPhone()).as("her number, for the operator who verifies her").isEqualTo(stranger);
        assertThat(signal.text()).isEqualTo("SOS ayuda");
    }

    @Test
    void aResponderReplyBecomesAnAlertResponseKeyedByHer() {
        String responderId = "res-" + UUID.randomUUID();
        String responderPhone = uniquePhone();
        directory.put(People.responder(responderId, responderPhone, "en"));

        SignedSms.send(responderPhone, "ok 4821").then().statusCode(200).body(containsString("Received."));

        IntakeDatabase.OutboxRow row = database.outbox(responderId).get(0);
        assertThat(row.topic()).isEqualTo(Topics.ALERTS_RESPONSES);
        AlertResponse response = EventJson.read(row.payload().getBytes(), AlertResponse.class);
        assertThat(response.kind()).isEqualTo(ResponseKind.ACK);
        assertThat(response.alertCode()).isEqualTo("4821");
        assertThat(response.actor().id()).isEqualTo(responderId);
    }

    @Test
    void aResponderReplyIsSealedByIntakeWithItsKeyAndProvenByTheTwilioSignatureFromHerNumber() {
        String responderId = "res-" + UUID.randomUUID();
        String responderPhone = uniquePhone();
        directory.put(People.responder(responderId, responderPhone, "es"));

        SignedSms.send(responderPhone, "RESUELTO 7305").then().statusCode(200);

        AlertResponse response = response(database.outbox(responderId).get(0));
        assertThat(response.kind()).isEqualTo(ResponseKind.RESOLVE);
        assertThat(response.proof().method()).isEqualTo(ProofMethod.TWILIO_SIGNATURE);
        assertThat(response.proof().issuer()).isEqualTo("intake");
        assertThat(response.proof().subject()).isEqualTo(responderId);
        assertThat(new ResponseSeal("intake", responseKey).verifies(response)).isTrue();
        assertThat(new ResponseSeal("intake", "another-response-key-of-at-least-32-chars").verifies(response)).isFalse();
    }

    @Test
    void anOperatorAnsweringFromHerPhoneAnswersAsAResponder() {
        String operatorId = "op-" + UUID.randomUUID();
        String operatorPhone = uniquePhone();
        directory.put(People.operator(operatorId, operatorPhone));

        SignedSms.send(operatorPhone, "RESUELTO 7305").then().statusCode(200).body(containsString("Recibido."));

        AlertResponse response = response(database.outbox(operatorId).get(0));
        assertThat(response.actor().type()).isEqualTo(ActorType.RESPONDER);
        assertThat(response.actor().id()).isEqualTo(operatorId);
        assertThat(new ResponseSeal("intake", responseKey).verifies(response)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"%s", "¡¡%s!! me quitaron el teléfono, estoy en casa de Ana"})
    void herSeizedPhoneCodeWordFromAnUnknownNumberSaysHerPhoneIsSeizedWithNothingElse(String message) {
        String word = People.uniqueCodeWord();
        directory.put(People.withSeizedCodeWord(hashes, directory.byId(defenderId).orElseThrow(), word));
        String borrowed = uniquePhone();

        SignedSms.send(borrowed, message.formatted(word.toUpperCase())).then().statusCode(200)
                .body(equalTo(withHeader(RECEIVED_TWIML)));

        List<IntakeDatabase.OutboxRow> rows = database.outbox(defenderId);
        assertThat(rows).hasSize(1);
        SignalReceived seized = signal(rows.get(0));
        assertThat(seized.type()).isEqualTo(SignalType.PHONE_SEIZED);
        assertThat(seized.defenderId()).isEqualTo(defenderId);
        assertThat(seized.verifiedSender()).isTrue();
        assertThat(seized.source()).isEqualTo(SignalSource.SMS);
        assertThat(seized.text()).isNull();
        assertThat(seized.location()).isNull();
        assertThat(seized.senderPhone()).isNull();
        assertThat(database.outbox(SignalReceived.unknownSenderKey(hashes.fingerprint(borrowed))))
                .as("no signal for triage").isEmpty();
        assertThat(database.tablesHolding(word.toUpperCase())).as("her code word is kept nowhere").isEmpty();
    }

    @Test
    void herSeizedPhoneCodeWordFromAResponderOrFromHerOwnPhoneSaysItToo() {
        String word = People.uniqueCodeWord();
        directory.put(People.withSeizedCodeWord(hashes, directory.byId(defenderId).orElseThrow(), word));
        String responderId = "res-" + UUID.randomUUID();
        String responderPhone = uniquePhone();
        directory.put(People.responder(responderId, responderPhone, "en"));

        SignedSms.send(responderPhone, word + " ok").then().statusCode(200).body(containsString("Received."));
        SignedSms.send(phone, word).then().statusCode(200).body(equalTo(withHeader(RECEIVED_TWIML)));

        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type())
                .containsExactly(SignalType.PHONE_SEIZED, SignalType.PHONE_SEIZED);
        assertThat(database.outbox(responderId)).as("no response").isEmpty();
    }

    @Test
    void aRetriedSeizedPhoneCodeWordIsPublishedOnceAndAnsweredAlike() {
        String word = People.uniqueCodeWord();
        directory.put(People.withSeizedCodeWord(hashes, directory.byId(defenderId).orElseThrow(), word));
        String sid = SignedSms.newSid();
        String borrowed = uniquePhone();

        String first = SignedSms.post(sid, borrowed, word).then().statusCode(200).extract().asString();
        String retry = SignedSms.post(sid, borrowed, word).then().statusCode(200).extract().asString();

        assertThat(retry).isEqualTo(first);
        assertThat(database.outbox(defenderId)).hasSize(1);
    }

    @Test
    void aSeizedPhoneCodeWordSeveralDefendersRegisteredSaysItForEachOfThem() {
        String word = People.uniqueCodeWord();
        directory.put(People.withSeizedCodeWord(hashes, directory.byId(defenderId).orElseThrow(), word));
        String other = aDefenderWith(People.uniquePin(), People.uniquePin());
        directory.put(People.withSeizedCodeWord(hashes, directory.byId(other).orElseThrow(), word));

        SignedSms.send(uniquePhone(), word).then().statusCode(200);

        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type())
                .containsExactly(SignalType.PHONE_SEIZED);
        assertThat(database.outbox(other)).extracting(row -> signal(row).type())
                .containsExactly(SignalType.PHONE_SEIZED);
    }

    @Test
    void herOwnPanicCodeWordStaysHerAlarmWhenItIsAnotherDefendersSeizedPhoneWord() {
        String other = aDefenderWith(People.uniquePin(), People.uniquePin());
        directory.put(People.withSeizedCodeWord(hashes, directory.byId(other).orElseThrow(), People.CODE_WORD));

        SignedSms.send(phone, "Girasol, me siguen").then().statusCode(200);

        assertThat(database.outbox(defenderId)).extracting(row -> signal(row).type()).containsExactly(SignalType.PANIC);
        assertThat(database.outbox(other)).isEmpty();
    }

    @Test
    void herDuressPinAfterHerSeizedPhoneCodeWordFromHerPhoneRaisesDuressToo() {
        String word = People.uniqueCodeWord();
        String duressPin = People.uniquePin();
        String defender = aDefenderWith(People.uniquePin(), duressPin);
        directory.put(People.withSeizedCodeWord(hashes, directory.byId(defender).orElseThrow(), word));

        SignedSms.send(phoneOf(defender), word + " " + duressPin).then().statusCode(200)
                .body(equalTo(withHeader(RECEIVED_TWIML)));

        assertThat(database.outbox(defender)).extracting(row -> signal(row).type())
                .containsExactly(SignalType.PHONE_SEIZED, SignalType.DURESS);
        assertThat(database.tablesHolding(duressPin)).isEmpty();
    }

    @Test
    void withHerPhoneSeizedHerSmsStillRaiseAlarmsAndHerPinStillSendsTheCancelEscalationRefuses() {
        String pin = People.uniquePin();
        String duressPin = People.uniquePin();
        String defender = aDefenderWith(pin, duressPin);
        String normalCancel = SignedSms.send(phoneOf(defender), "BIEN " + pin).then().statusCode(200).extract().asString();
        directory.put(People.seized(hashes, directory.byId(defender).orElseThrow(), People.uniqueCodeWord()));

        String seizedCancel = SignedSms.send(phoneOf(defender), "BIEN " + pin).then().statusCode(200).extract().asString();
        SignedSms.send(phoneOf(defender), "SOS me llevan").then().statusCode(200);
        SignedSms.send(phoneOf(defender), "REPORTE rondan la casa").then().statusCode(200);
        SignedSms.send(phoneOf(defender), "Girasol").then().statusCode(200);
        String duress = SignedSms.send(phoneOf(defender), "BIEN " + duressPin).then().statusCode(200).extract().asString();

        assertThat(seizedCancel).isEqualTo(normalCancel).isEqualTo(duress).isEqualTo(withHeader(RECEIVED_TWIML));
        assertThat(database.outbox(defender)).extracting(row -> signal(row).type()).containsExactly(
                SignalType.CANCEL, SignalType.CANCEL, SignalType.PANIC, SignalType.REPORT, SignalType.PANIC,
                SignalType.DURESS);
    }

    @Test
    void withHerPhoneSeizedHerPinClosesNoCheckInSoItIsMissedButHerDuressPinStillDoes() {
        String pin = People.uniquePin();
        String duressPin = People.uniquePin();
        String defender = aDefenderWith(pin, duressPin);
        SignedSms.send(phoneOf(defender), "VOY 30").then().statusCode(200);
        String closed = SignedSms.send(phoneOf(defender), "LLEGUÉ " + pin).then().statusCode(200).extract().asString();
        assertThat(database.openCheckIns(defender)).as("her PIN closes it while her phone is hers").isZero();
        directory.put(People.seized(hashes, directory.byId(defender).orElseThrow(), People.uniqueCodeWord()));

        SignedSms.send(phoneOf(defender), "VOY 30").then().statusCode(200);
        String refused = SignedSms.send(phoneOf(defender), "LLEGUÉ " + pin).then().statusCode(200).extract().asString();

        assertThat(refused).isEqualTo(closed);
        assertThat(database.openCheckIns(defender)).as("her PIN from a seized phone closes nothing").isOne();
        database.execute("UPDATE checkin SET created_at = ?, due_at = ? WHERE defender_id = ? AND state = 'OPEN'",
                Timestamp.from(Instant.now().minusSeconds(1860)), Timestamp.from(Instant.now().minusSeconds(60)),
                defender);
        timers.raiseMissed();
        assertThat(database.outbox(defender)).extracting(row -> signal(row).type())
                .containsExactly(SignalType.CHECKIN_MISSED);

        SignedSms.send(phoneOf(defender), "VOY 30").then().statusCode(200);
        SignedSms.send(phoneOf(defender), "LLEGUÉ " + duressPin).then().statusCode(200);
        assertThat(database.openCheckIns(defender)).as("her duress PIN closes it, as always").isZero();
        assertThat(database.outbox(defender)).extracting(row -> signal(row).type())
                .containsExactly(SignalType.CHECKIN_MISSED, SignalType.DURESS);
    }

    @Test
    void aBodyOver1600CharactersIsRefusedWithAProblem() {
        SignedSms.send(phone, "SOS " + "a".repeat(1600)).then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        assertThat(database.outbox(defenderId)).isEmpty();
    }

    @Test
    void aFloodFromOneNumberIsIgnoredSilentlyAndCounted() {
        String flooder = uniquePhone();
        for (int i = 0; i < 20; i++) {
            SignedSms.send(flooder, "spam " + i).then().statusCode(200);
        }
        SignedSms.send(flooder, "SOS").then().statusCode(200).body(equalTo(withHeader("<Response/>")));

        String key = SignalReceived.unknownSenderKey(hashes.fingerprint(flooder));
        assertThat(database.outbox(key)).hasSize(20);
        ManagementInterface.request().when().get("/q/metrics").then()
                .body(containsString("centinela_intake_rate_limited_total{endpoint=\"sms\""));
    }

    private static SignalReceived signal(IntakeDatabase.OutboxRow row) {
        return EventJson.read(row.payload().getBytes(), SignalReceived.class);
    }

    private static AlertResponse response(IntakeDatabase.OutboxRow row) {
        assertThat(row.topic()).isEqualTo(Topics.ALERTS_RESPONSES);
        return EventJson.read(row.payload().getBytes(), AlertResponse.class);
    }

    private static String withHeader(String twiml) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + twiml;
    }

    /** A defender with these PINs; her id, whose phone {@link #phoneOf} gives. */
    private String aDefenderWith(String pin, String duressPin) {
        String id = "def-" + UUID.randomUUID();
        directory.put(People.defender(hashes, id, uniquePhone(), true, pin, duressPin));
        return id;
    }

    private String phoneOf(String defender) {
        return directory.byId(defender).orElseThrow().phone();
    }

    private static String uniquePhone() {
        return "+5025" + (1_000_000 + (long) (Math.random() * 8_999_999));
    }
}
