package org.centinela.sandbox.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.centinela.sandbox.SandboxFixture.CENTINELA;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.centinela.sandbox.SandboxFixture;
import org.centinela.sandbox.WebhookReceiver;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control API of contract §3, as tests, demos and trainers use it. */
@QuarkusTest
class ControlApiTest {

    private static final String MARTA = "+50255510009";

    @BeforeEach
    void reset() {
        SandboxFixture.reset();
    }

    @Test
    void anInboundSmsIsPostedSignedToIntakeAndItsTwimlReplyReachesThePhone() {
        WebhookReceiver.answer("/twilio/sms", "<Response><Message>Recibido.</Message></Response>");

        given().contentType("application/json").body(Map.of("from", MARTA, "to", CENTINELA, "body", "¡¡Ayúda!! me siguen"))
                .when().post("/sandbox/inbound-sms")
                .then().statusCode(200)
                .body("status", equalTo(200))
                .body("body", equalTo("<Response><Message>Recibido.</Message></Response>"));

        WebhookReceiver.Received posted = WebhookReceiver.at("/twilio/sms").get(0);
        assertThat(posted.form()).containsEntry("From", MARTA).containsEntry("To", CENTINELA)
                .containsEntry("Body", "¡¡Ayúda!! me siguen").containsEntry("NumSegments", "1")
                .containsEntry("AccountSid", SandboxFixture.ACCOUNT_SID).containsKey("MessageSid");
        assertThat(SandboxFixture.signedAsTwilioSigns(posted)).isTrue();
        given().when().get("/sandbox/messages?to=" + MARTA).then()
                .body("body", contains("Recibido."))
                .body("[0].from", equalTo(CENTINELA));
        given().when().get("/sandbox/messages?from=" + MARTA).then()
                .body("[0].direction", equalTo("inbound"))
                .body("[0].encoding", equalTo("UCS_2"));
    }

    @Test
    void anInboundSmsWithBadNumbersOrNoTextIsAProblemAndNothingIsPosted() {
        given().contentType("application/json").body(Map.of("from", "5551234", "to", CENTINELA, "body", "SOS"))
                .when().post("/sandbox/inbound-sms")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(Map.of("from", MARTA, "to", CENTINELA, "body", ""))
                .when().post("/sandbox/inbound-sms")
                .then().statusCode(400).body("errors[0].field", equalTo("body"));

        assertThat(WebhookReceiver.at("/twilio/sms")).isEmpty();
        given().when().get("/sandbox/messages").then().body("size()", equalTo(0));
    }

    @Test
    void digitsNeedAKnownCallThatWaitsForThemAndOnlyKeypadKeys() {
        given().contentType("application/json").body(Map.of("digits", "1"))
                .when().post("/sandbox/calls/CA00000000000000000000000000000000/digits")
                .then().statusCode(404).contentType(startsWith("application/problem+json"));

        Call call = Call.creator(new PhoneNumber(MARTA), new PhoneNumber(CENTINELA), new Twiml("<Response><Say>Hola</Say></Response>"))
                .create(SandboxFixture.sdk());
        given().contentType("application/json").body(Map.of("digits", "1"))
                .when().post("/sandbox/calls/" + call.getSid() + "/digits")
                .then().statusCode(409);
        given().contentType("application/json").body(Map.of("digits", "1; DROP"))
                .when().post("/sandbox/calls/" + call.getSid() + "/digits")
                .then().statusCode(400).body("errors[0].field", equalTo("digits"));
    }

    @Test
    void thePhonesViewGroupsEachNumbersThreadAndCalls() {
        Message.creator(new PhoneNumber("+50255510001"), new PhoneNumber(CENTINELA), "Alerta 4821").create(SandboxFixture.sdk());
        Call.creator(new PhoneNumber("+50255510001"), new PhoneNumber(CENTINELA), new Twiml("<Response><Say>Alerta</Say></Response>"))
                .create(SandboxFixture.sdk());
        given().contentType("application/json").body(Map.of("from", MARTA, "to", CENTINELA, "body", "SOS"))
                .when().post("/sandbox/inbound-sms").then().statusCode(200);

        given().when().get("/sandbox/phones").then().statusCode(200)
                .body("number", containsInAnyOrder(MARTA, "+50255510001"))
                .body("find { it.number == '" + MARTA + "' }.messages.direction", contains("inbound"))
                .body("find { it.number == '+50255510001' }.messages.body", contains("Alerta 4821"))
                .body("find { it.number == '+50255510001' }.calls.size()", equalTo(1));
    }

    @Test
    void resetForgetsMessagesCallsAndPlannedFaults() {
        Message.creator(new PhoneNumber(MARTA), new PhoneNumber(CENTINELA), "hola").create(SandboxFixture.sdk());
        given().contentType("application/json").body(Map.of("channel", "SMS", "mode", "HTTP_500", "count", 3))
                .when().post("/sandbox/faults").then().statusCode(202);

        given().when().delete("/sandbox").then().statusCode(204);

        given().when().get("/sandbox/phones").then().body("size()", equalTo(0));
        assertThat(Message.creator(new PhoneNumber(MARTA), new PhoneNumber(CENTINELA), "hola").create(SandboxFixture.sdk())
                .getStatus()).isEqualTo(Message.Status.QUEUED);
    }

    @Test
    void theStreamAnnouncesEachChange() throws Exception {
        String url = ConfigProvider.getConfig().getValue("test.url", String.class) + "/sandbox/stream";
        HttpResponse<java.io.InputStream> stream = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader events = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            CompletableFuture<Boolean> changed = CompletableFuture.supplyAsync(() -> events.lines()
                    .anyMatch(line -> line.equals("event: change") || line.equals("event:change")));

            Message.creator(new PhoneNumber(MARTA), new PhoneNumber(CENTINELA), "hola").create(SandboxFixture.sdk());

            assertThat(changed.get(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void thePhonesPageIsServedAndLearnsCentinelasNumber() {
        given().when().get("/").then().statusCode(200).contentType(startsWith("text/html"));
        given().when().get("/sandbox/info").then().statusCode(200).body("centinelaNumber", equalTo(CENTINELA));
    }
}
