package org.centinela.sandbox.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centinela.sandbox.SandboxFixture.CENTINELA;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.centinela.sandbox.SandboxFixture;
import org.centinela.sandbox.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The official Twilio SDK drives the sandbox unchanged, and every request the sandbox sends is signed as Twilio signs. */
@QuarkusTest
@QuarkusTestResource(WebhookReceiver.class)
class TwilioSdkTest {

    private static final PhoneNumber RESPONDER = new PhoneNumber("+50255510001");

    @BeforeEach
    void reset() {
        SandboxFixture.reset();
    }

    @Test
    void aMessageIsQueuedThenReportedSentAndDeliveredWithValidSignatures() {
        Message message = Message.creator(RESPONDER, new PhoneNumber(CENTINELA), "Alerta 4821: Marta necesita ayuda. Responde OK 4821")
                .setStatusCallback(URI.create(WebhookReceiver.baseUrl() + "/twilio/status"))
                .create(SandboxFixture.sdk());

        assertThat(message.getSid()).matches("SM[0-9a-f]{32}");
        assertThat(message.getStatus()).isEqualTo(Message.Status.QUEUED);
        assertThat(message.getNumSegments()).isEqualTo("1");
        assertThat(message.getAccountSid()).isEqualTo(SandboxFixture.ACCOUNT_SID);

        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.at("/twilio/status").size() == 2);
        List<WebhookReceiver.Received> callbacks = WebhookReceiver.at("/twilio/status");
        assertThat(callbacks).extracting(r -> r.form().get("MessageStatus")).containsExactly("sent", "delivered");
        assertThat(callbacks).allSatisfy(callback -> {
            assertThat(callback.form()).containsEntry("MessageSid", message.getSid())
                    .containsEntry("AccountSid", SandboxFixture.ACCOUNT_SID)
                    .containsEntry("To", RESPONDER.toString());
            assertThat(SandboxFixture.signedAsTwilioSigns(callback)).isTrue();
        });
        assertThat(Message.fetcher(message.getSid()).fetch(SandboxFixture.sdk()).getStatus())
                .isEqualTo(Message.Status.DELIVERED);
    }

    @Test
    void aForgedOrReplayedElsewhereCallbackFailsTheSdksValidation() {
        Message.creator(RESPONDER, new PhoneNumber(CENTINELA), "Alerta 4821")
                .setStatusCallback(URI.create(WebhookReceiver.baseUrl() + "/twilio/status"))
                .create(SandboxFixture.sdk());
        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.at("/twilio/status").size() == 2);
        WebhookReceiver.Received genuine = WebhookReceiver.at("/twilio/status").get(0);

        Map<String, String> tampered = new HashMap<>(genuine.form());
        tampered.put("MessageStatus", "failed");
        assertThat(SandboxFixture.signedAsTwilioSigns(
                new WebhookReceiver.Received(genuine.path(), tampered, genuine.signature()))).isFalse();
        assertThat(SandboxFixture.signedAsTwilioSigns(
                new WebhookReceiver.Received("/elsewhere", genuine.form(), genuine.signature()))).isFalse();
        assertThat(SandboxFixture.signedAsTwilioSigns(
                new WebhookReceiver.Received(genuine.path(), genuine.form(), "AAAAAAAAAAAAAAAAAAAAAAAAAAA="))).isFalse();
    }

    @Test
    void aCallRingsIsAnsweredRunsItsTwimlTakesAKeypressAndCompletes() {
        String gather = WebhookReceiver.baseUrl() + "/twilio/voice/gather";
        WebhookReceiver.answer("/twilio/voice/gather", "<Response><Say language=\"es-MX\">Gracias. Avisamos a la red.</Say></Response>");
        Call call = Call.creator(RESPONDER, new PhoneNumber(CENTINELA), new Twiml(
                        "<Response><Gather action=\"" + gather + "\" numDigits=\"1\">"
                                + "<Say language=\"es-MX\">Alerta para Marta. Presione 1 si puede ayudar.</Say></Gather>"
                                + "<Say language=\"es-MX\">Alerta para Marta.</Say></Response>"))
                .setStatusCallback(URI.create(WebhookReceiver.baseUrl() + "/twilio/status"))
                .setStatusCallbackEvent(List.of("initiated", "ringing", "answered", "completed"))
                .create(SandboxFixture.sdk());
        assertThat(call.getSid()).matches("CA[0-9a-f]{32}");
        assertThat(call.getStatus()).isEqualTo(Call.Status.QUEUED);

        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.at("/twilio/status").size() == 3);
        given().contentType("application/json").body(Map.of("digits", "1"))
                .when().post("/sandbox/calls/" + call.getSid() + "/digits")
                .then().statusCode(200);

        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.at("/twilio/status").size() == 4);
        assertThat(WebhookReceiver.at("/twilio/status")).extracting(r -> r.form().get("CallStatus"))
                .containsExactly("initiated", "ringing", "in-progress", "completed");
        assertThat(WebhookReceiver.at("/twilio/status")).extracting(r -> r.form().get("SequenceNumber"))
                .containsExactly("0", "1", "2", "3");
        WebhookReceiver.Received keypress = WebhookReceiver.at("/twilio/voice/gather").get(0);
        assertThat(keypress.form()).containsEntry("Digits", "1").containsEntry("CallSid", call.getSid());
        assertThat(WebhookReceiver.at("/twilio/status")).allMatch(SandboxFixture::signedAsTwilioSigns);
        assertThat(SandboxFixture.signedAsTwilioSigns(keypress)).isTrue();
        assertThat(Call.fetcher(call.getSid()).fetch(SandboxFixture.sdk()).getStatus()).isEqualTo(Call.Status.COMPLETED);

        given().when().get("/sandbox/calls?to=" + RESPONDER).then().statusCode(200)
                .body("[0].say", org.hamcrest.Matchers.hasItems("Alerta para Marta. Presione 1 si puede ayudar.",
                        "Gracias. Avisamos a la red."))
                .body("[0].digits", org.hamcrest.Matchers.contains("1"));
    }

    @Test
    void aCallWithAUrlFetchesItsTwimlSignedWhenAnswered() {
        WebhookReceiver.answer("/twiml/alert", "<Response><Say>Alert for Marta.</Say></Response>");
        Call call = Call.creator(RESPONDER, new PhoneNumber(CENTINELA), URI.create(WebhookReceiver.baseUrl() + "/twiml/alert"))
                .setStatusCallback(URI.create(WebhookReceiver.baseUrl() + "/twilio/status"))
                .create(SandboxFixture.sdk());

        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.at("/twilio/status").size() == 1);
        WebhookReceiver.Received fetch = WebhookReceiver.at("/twiml/alert").get(0);
        assertThat(fetch.form()).containsEntry("CallSid", call.getSid()).containsEntry("CallStatus", "in-progress");
        assertThat(SandboxFixture.signedAsTwilioSigns(fetch)).isTrue();
        assertThat(WebhookReceiver.at("/twilio/status").get(0).form())
                .as("only the default 'completed' event was asked for")
                .containsEntry("CallStatus", "completed");
        given().when().get("/sandbox/calls?to=" + RESPONDER).then()
                .body("[0].say", org.hamcrest.Matchers.contains("Alert for Marta."));
    }

    @Test
    void theSdkReadersListAndFilterByNumber() {
        Message.creator(RESPONDER, new PhoneNumber(CENTINELA), "uno").create(SandboxFixture.sdk());
        Message.creator(new PhoneNumber("+50255510002"), new PhoneNumber(CENTINELA), "dos").create(SandboxFixture.sdk());
        Message.creator(RESPONDER, new PhoneNumber(CENTINELA), "tres").create(SandboxFixture.sdk());

        List<String> bodies = new java.util.ArrayList<>();
        Message.reader().setTo(RESPONDER).pageSize(1).read(SandboxFixture.sdk()).forEach(m -> bodies.add(m.getBody()));

        assertThat(bodies).as("newest first, across pages").containsExactly("tres", "uno");
    }
}
