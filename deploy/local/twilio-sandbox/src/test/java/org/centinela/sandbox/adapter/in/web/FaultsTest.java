package org.centinela.sandbox.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;
import static org.centinela.sandbox.SandboxFixture.CENTINELA;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.twilio.exception.ApiException;
import com.twilio.rest.api.v2010.account.Call;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import com.twilio.type.Twiml;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.centinela.sandbox.SandboxFixture;
import org.centinela.sandbox.WebhookReceiver;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each fault mode of the control API, for exactly the next N requests of its channel. */
@QuarkusTest
class FaultsTest {

    private static final PhoneNumber RESPONDER = new PhoneNumber("+50255510001");

    @BeforeEach
    void reset() {
        SandboxFixture.reset();
    }

    @Test
    void http500FailsTheNextNRequestsThenTheApiAcceptsAgain() {
        fault("SMS", "HTTP_500", 2);

        for (int i = 0; i < 2; i++) {
            createRaw().then().statusCode(500).body("code", equalTo(20500));
        }
        createRaw().then().statusCode(201);
        given().when().get("/sandbox/messages").then().body("size()", equalTo(1));
    }

    @Test
    void aFaultForOneNumberWaitsForHerRequestWhileOthersGoThrough() {
        given().contentType("application/json")
                .body(Map.of("channel", "SMS", "mode", "HTTP_500", "count", 1, "to", "+50255510002"))
                .when().post("/sandbox/faults").then().statusCode(202);

        createRaw("+50255510001").then().statusCode(201);
        createRaw("+50255510002").then().statusCode(500);
        createRaw("+50255510002").then().statusCode(201);
    }

    @Test
    void theSdkRetriesA500ByItselfAndOneMessageIsSent() {
        fault("SMS", "HTTP_500", 1);

        assertThat(sendSms().getStatus()).isEqualTo(Message.Status.QUEUED);
        given().when().get("/sandbox/messages").then().body("size()", equalTo(1));
    }

    @Test
    void timeoutHoldsTheRequestPastTheClientsTimeoutAndRecordsNothing() {
        fault("SMS", "TIMEOUT", 1);

        Throwable timedOut = catchThrowable(() -> Message.creator(RESPONDER, new PhoneNumber(CENTINELA), "hola")
                .create(SandboxFixture.sdk(SandboxFixture.AUTH_TOKEN, SandboxFixture.transportTimingOutAfter(500))));

        assertThat(timedOut).isInstanceOf(ApiException.class).hasMessageContaining("timed out");
        given().when().get("/sandbox/messages").then().body("size()", equalTo(0));
        assertThat(sendSms().getStatus()).isEqualTo(Message.Status.QUEUED);
    }

    @Test
    void undeliveredMessagesAreAcceptedThenReportedUndeliveredWithTwiliosErrorCode() {
        fault("SMS", "UNDELIVERED", 1);

        Message message = Message.creator(RESPONDER, new PhoneNumber(CENTINELA), "Alerta 4821")
                .setStatusCallback(URI.create(WebhookReceiver.baseUrl() + "/twilio/status"))
                .create(SandboxFixture.sdk());

        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.at("/twilio/status").size() == 2);
        assertThat(WebhookReceiver.at("/twilio/status")).extracting(r -> r.form().get("MessageStatus"))
                .containsExactly("sent", "undelivered");
        assertThat(WebhookReceiver.at("/twilio/status").get(1).form()).containsEntry("ErrorCode", "30003");
        Message fetched = Message.fetcher(message.getSid()).fetch(SandboxFixture.sdk());
        assertThat(fetched.getStatus()).isEqualTo(Message.Status.UNDELIVERED);
        assertThat(fetched.getErrorCode()).isEqualTo(30003);
    }

    @Test
    void noAnswerRingsOutAndReportsNoAnswer() {
        fault("VOICE", "NO_ANSWER", 1);

        Call call = Call.creator(RESPONDER, new PhoneNumber(CENTINELA), new Twiml("<Response><Say>Alerta</Say></Response>"))
                .setStatusCallback(URI.create(WebhookReceiver.baseUrl() + "/twilio/status"))
                .create(SandboxFixture.sdk());

        await().atMost(Duration.ofSeconds(5)).until(() -> WebhookReceiver.at("/twilio/status").size() == 1);
        assertThat(WebhookReceiver.at("/twilio/status").get(0).form()).containsEntry("CallStatus", "no-answer");
        assertThat(Call.fetcher(call.getSid()).fetch(SandboxFixture.sdk()).getStatus()).isEqualTo(Call.Status.NO_ANSWER);
    }

    @Test
    void aVoiceFaultLeavesSmsAlone() {
        fault("VOICE", "HTTP_500", 1);

        createRaw().then().statusCode(201);
        given().auth().preemptive().basic(SandboxFixture.ACCOUNT_SID, SandboxFixture.AUTH_TOKEN)
                .contentType("application/x-www-form-urlencoded")
                .body("To=%2B50255510001&From=%2B15005550006&Twiml=%3CResponse%2F%3E")
                .when().post("/2010-04-01/Accounts/" + SandboxFixture.ACCOUNT_SID + "/Calls.json")
                .then().statusCode(500);
    }

    @Test
    void impossibleOrMalformedFaultsAreRefusedWithAProblem() {
        given().contentType("application/json").body(Map.of("channel", "SMS", "mode", "NO_ANSWER", "count", 1))
                .when().post("/sandbox/faults")
                .then().statusCode(422).contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(Map.of("channel", "FAX", "mode", "HTTP_500", "count", 1))
                .when().post("/sandbox/faults")
                .then().statusCode(400).contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(Map.of("channel", "SMS", "mode", "HTTP_500", "count", 0))
                .when().post("/sandbox/faults")
                .then().statusCode(400).body("errors[0].field", equalTo("count"));
        assertThat(sendSms().getStatus()).as("no fault was planned").isEqualTo(Message.Status.QUEUED);
    }

    private static io.restassured.response.Response createRaw() {
        return createRaw("+50255510001");
    }

    private static io.restassured.response.Response createRaw(String to) {
        return given().auth().preemptive().basic(SandboxFixture.ACCOUNT_SID, SandboxFixture.AUTH_TOKEN)
                .contentType("application/x-www-form-urlencoded")
                .formParam("To", to).formParam("From", "+15005550006").formParam("Body", "hola")
                .when().post("/2010-04-01/Accounts/" + SandboxFixture.ACCOUNT_SID + "/Messages.json");
    }

    private Message sendSms() {
        return Message.creator(RESPONDER, new PhoneNumber(CENTINELA), "hola").create(SandboxFixture.sdk());
    }

    private static void fault(String channel, String mode, int count) {
        given().contentType("application/json").body(Map.of("channel", channel, "mode", mode, "count", count))
                .when().post("/sandbox/faults")
                .then().statusCode(202);
    }
}
