package org.centinela.notification.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.notification.FakeProviders;
import org.centinela.notification.NotificationDatabase;
import org.centinela.notification.People;
import org.centinela.notification.SignedWebhooks;
import org.centinela.notification.TestNetwork;
import org.centinela.notification.application.AcceptRequests;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/** Twilio's signed status callbacks and keypresses: each recorded and published once, forged ones refused. */
@QuarkusTest
class TwilioCallbacksTest {

    @Inject
    TestNetwork network;
    @Inject
    FakeProviders providers;
    @Inject
    MeterRegistry registry;
    @ConfigProperty(name = "centinela.response-key")
    String responseKey;

    @Test
    void aSignedKeypressWithANulInAFieldIsRefusedAndAcknowledgesNothing() {
        NotificationRequested request = sent(People.alert(responder, Channel.VOICE));
        String path = SignedWebhooks.gatherPath(AcceptRequests.step(request).deliveryId());

        SignedWebhooks.post(path, SignedWebhooks.call(sid(request) + "\u0000", "in-progress", "1")).then()
                .statusCode(400).contentType(startsWith("application/problem+json"));
        SignedWebhooks.post(path, SignedWebhooks.call(sid(request), "in-progress", "1\u0000")).then()
                .statusCode(400).contentType(startsWith("application/problem+json"));

        assertThat(responses(request)).isEmpty();
    }

    private NotificationDatabase database;
    private String responder;

    @BeforeEach
    void aResponder() {
        network.reset();
        database = network.database();
        responder = network.responder(People.uniquePhone(), People.uniqueEmail(), "es");
    }

    @Test
    void eachMessageStatusIsRecordedAndPublishedOnceEvenWhenTwilioRetries() {
        double sentBefore = smsDeliveries("SENT");
        double deliveredBefore = smsDeliveries("DELIVERED");
        NotificationRequested request = sent(People.alert(responder, Channel.SMS));
        String sid = sid(request);
        String path = SignedWebhooks.statusPath(AcceptRequests.step(request).deliveryId());

        SignedWebhooks.post(path, SignedWebhooks.messageStatus(sid, "sent")).then().statusCode(204);
        SignedWebhooks.post(path, SignedWebhooks.messageStatus(sid, "delivered")).then().statusCode(204);
        SignedWebhooks.post(path, SignedWebhooks.messageStatus(sid, "delivered")).then().statusCode(204);
        SignedWebhooks.post(path, SignedWebhooks.messageStatus(sid, "sent")).then().statusCode(204);

        assertThat(statuses(request)).extracting(NotificationStatus::status)
                .containsExactly(DeliveryStatus.QUEUED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
        assertThat(database.delivery(request.idempotencyKey())).containsEntry("status", "DELIVERED");
        assertThat(smsDeliveries("SENT") - sentBefore).isEqualTo(1);
        assertThat(smsDeliveries("DELIVERED") - deliveredBefore).isEqualTo(1);
    }

    private double smsDeliveries(String state) {
        return registry.get("centinela.notification.deliveries").tag("channel", "SMS").tag("state", state).counter()
                .count();
    }

    @Test
    void anUndeliveredMessageFailsWithTwiliosCode() {
        NotificationRequested request = sent(People.alert(responder, Channel.SMS));
        Map<String, String> undelivered = SignedWebhooks.messageStatus(sid(request), "undelivered");
        undelivered.put("ErrorCode", "30003");

        SignedWebhooks.post(SignedWebhooks.statusPath(AcceptRequests.step(request).deliveryId()), undelivered)
                .then().statusCode(204);

        NotificationStatus failed = last(request);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.errorCode()).isEqualTo("30003");
        assertThat(failed.errorMessage()).isEqualTo("the handset is unreachable");
    }

    @Test
    void aCallThatRingsIsAnsweredOrNotIsReported() {
        NotificationRequested answered = sent(People.alert(responder, Channel.VOICE));
        NotificationRequested unanswered = sent(People.alert(responder, Channel.VOICE));
        NotificationRequested busy = sent(People.alert(responder, Channel.VOICE));
        String answeredPath = SignedWebhooks.statusPath(AcceptRequests.step(answered).deliveryId());

        SignedWebhooks.post(answeredPath, SignedWebhooks.call(sid(answered), "initiated", null)).then().statusCode(204);
        SignedWebhooks.post(answeredPath, SignedWebhooks.call(sid(answered), "ringing", null)).then().statusCode(204);
        SignedWebhooks.post(answeredPath, SignedWebhooks.call(sid(answered), "in-progress", null)).then().statusCode(204);
        SignedWebhooks.post(answeredPath, SignedWebhooks.call(sid(answered), "completed", null)).then().statusCode(204);
        SignedWebhooks.post(SignedWebhooks.statusPath(AcceptRequests.step(unanswered).deliveryId()),
                SignedWebhooks.call(sid(unanswered), "no-answer", null)).then().statusCode(204);
        SignedWebhooks.post(SignedWebhooks.statusPath(AcceptRequests.step(busy).deliveryId()),
                SignedWebhooks.call(sid(busy), "busy", null)).then().statusCode(204);

        assertThat(statuses(answered)).extracting(NotificationStatus::status)
                .containsExactly(DeliveryStatus.QUEUED, DeliveryStatus.SENT, DeliveryStatus.ANSWERED);
        assertThat(last(unanswered).status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(last(unanswered).errorCode()).isEqualTo("no-answer");
        assertThat(last(busy).errorCode()).isEqualTo("busy");
    }

    @Test
    void aForgedOrUnsignedCallbackIsRefusedAndChangesNothing() {
        NotificationRequested request = sent(People.alert(responder, Channel.SMS));
        String path = SignedWebhooks.statusPath(AcceptRequests.step(request).deliveryId());
        Map<String, String> delivered = SignedWebhooks.messageStatus(sid(request), "delivered");
        String signature = SignedWebhooks.signature(path, delivered);
        Map<String, String> failed = SignedWebhooks.messageStatus(sid(request), "failed");

        given().formParams(delivered).when().post(path).then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        given().header("X-Twilio-Signature", signature).formParams(failed).when().post(path).then().statusCode(403);
        given().header("X-Twilio-Signature", signature).formParams(delivered).when()
                .post(SignedWebhooks.statusPath(java.util.UUID.randomUUID())).then().statusCode(403);

        assertThat(statuses(request)).extracting(NotificationStatus::status).containsExactly(DeliveryStatus.QUEUED);
    }

    @Test
    void aSignedCallbackWithANulInAFieldIsRefusedAndChangesNothing() {
        NotificationRequested request = sent(People.alert(responder, Channel.SMS));
        String path = SignedWebhooks.statusPath(AcceptRequests.step(request).deliveryId());

        SignedWebhooks.post(path, SignedWebhooks.messageStatus(sid(request) + "\u0000", "delivered")).then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body(not(containsString(sid(request))));

        assertThat(statuses(request)).extracting(NotificationStatus::status).containsExactly(DeliveryStatus.QUEUED);
    }

    @Test
    void pressingOneAcknowledgesOnceHoweverOftenTwilioRetries() throws Exception {
        NotificationRequested request = sent(People.alert(responder, Channel.VOICE));
        String path = SignedWebhooks.gatherPath(AcceptRequests.step(request).deliveryId());
        Map<String, String> one = SignedWebhooks.call(sid(request), "in-progress", "1");

        String twiml = SignedWebhooks.post(path, one).then().statusCode(200)
                .contentType(startsWith("application/xml")).extract().asString();
        String retried = SignedWebhooks.post(path, one).then().statusCode(200).extract().asString();

        assertThat(retried).isEqualTo(twiml);
        Document answer = xml(twiml);
        assertThat(answer.getElementsByTagName("Say").item(0).getTextContent()).contains("Gracias");
        assertThat(answer.getElementsByTagName("Hangup").getLength()).isEqualTo(1);
        assertThat(answer.getElementsByTagName("Gather").getLength()).isZero();
        List<AlertResponse> responses = responses(request);
        assertThat(responses).hasSize(1);
        AlertResponse ack = responses.get(0);
        assertThat(ack.kind()).isEqualTo(ResponseKind.ACK);
        assertThat(ack.channel()).isEqualTo(ResponseChannel.VOICE);
        assertThat(ack.alertId()).isEqualTo(request.alertId());
        assertThat(ack.alertCode()).isEqualTo(request.alertCode());
        assertThat(ack.actor().type()).isEqualTo(ActorType.RESPONDER);
        assertThat(ack.actor().id()).isEqualTo(responder);
    }

    @Test
    void aKeypressIsSealedByNotificationAsProvenByTwiliosSignatureForThePersonCalled() {
        NotificationRequested request = sent(People.alert(responder, Channel.VOICE));

        SignedWebhooks.post(SignedWebhooks.gatherPath(AcceptRequests.step(request).deliveryId()),
                SignedWebhooks.call(sid(request), "in-progress", "1")).then().statusCode(200);

        AlertResponse ack = responses(request).get(0);
        assertThat(new ResponseSeal("notification", responseKey).verifies(ack)).isTrue();
        assertThat(ack.proof().issuer()).isEqualTo("notification");
        assertThat(ack.proof().method()).isEqualTo(ProofMethod.TWILIO_SIGNATURE);
        assertThat(ack.proof().subject()).isEqualTo(responder);
        assertThat(ack.channel()).isEqualTo(ResponseChannel.VOICE);
        assertThat(ack.actor().type()).isEqualTo(ActorType.RESPONDER);
    }

    @Test
    void pressingTwoDeclines() {
        NotificationRequested request = sent(People.alert(responder, Channel.VOICE));

        SignedWebhooks.post(SignedWebhooks.gatherPath(AcceptRequests.step(request).deliveryId()),
                SignedWebhooks.call(sid(request), "in-progress", "2")).then().statusCode(200)
                .body(containsString("Avisaremos a otra persona"));

        assertThat(responses(request)).singleElement().satisfies(decline -> {
            assertThat(decline.kind()).isEqualTo(ResponseKind.DECLINE);
            assertThat(new ResponseSeal("notification", responseKey).verifies(decline)).isTrue();
            assertThat(decline.proof().method()).isEqualTo(ProofMethod.TWILIO_SIGNATURE);
        });
    }

    @Test
    void pressingNineRepeatsTheMessageAndAnyOtherKeySaysItIsNoOption() throws Exception {
        NotificationRequested request = sent(People.alert(responder, Channel.VOICE));
        String path = SignedWebhooks.gatherPath(AcceptRequests.step(request).deliveryId());

        Document repeated = xml(SignedWebhooks.post(path, SignedWebhooks.call(sid(request), "in-progress", "9"))
                .then().statusCode(200).extract().asString());
        Document other = xml(SignedWebhooks.post(path, SignedWebhooks.call(sid(request), "in-progress", "7"))
                .then().statusCode(200).body(containsString("no es una opción")).extract().asString());

        for (Document twiml : List.of(repeated, other)) {
            assertThat(twiml.getElementsByTagName("Gather").getLength()).isEqualTo(1);
            assertThat(twiml.getElementsByTagName("Gather").item(0).getAttributes().getNamedItem("action").getNodeValue())
                    .endsWith(path);
            assertThat(twiml.getDocumentElement().getTextContent()).contains(String.join(", ", request.alertCode().split("")));
        }
        assertThat(responses(request)).isEmpty();
    }

    /** A phone proves a person, not an operator's login: operator powers need escalation's API. */
    @Test
    void anOperatorPagedByPhoneAnswersAsTheResponderHerPhoneProves() {
        String operator = network.person("Luisa", People.uniquePhone(), null, "es");
        NotificationRequested page = sent(People.request(java.util.UUID.randomUUID(), "4821", operator, Channel.VOICE,
                org.centinela.contracts.notification.NotificationPurpose.OPERATOR_PAGE,
                org.centinela.contracts.signal.Grade.CRITICAL));

        SignedWebhooks.post(SignedWebhooks.gatherPath(AcceptRequests.step(page).deliveryId()),
                SignedWebhooks.call(sid(page), "in-progress", "1")).then().statusCode(200);

        assertThat(responses(page)).singleElement().satisfies(response -> {
            assertThat(response.actor().type()).isEqualTo(ActorType.RESPONDER);
            assertThat(response.actor().id()).isEqualTo(operator);
            assertThat(response.proof().subject()).isEqualTo(operator);
            assertThat(new ResponseSeal("notification", responseKey).verifies(response)).isTrue();
        });
    }

    @Test
    void aForgedKeypressIsRefused() {
        NotificationRequested request = sent(People.alert(responder, Channel.VOICE));
        String path = SignedWebhooks.gatherPath(AcceptRequests.step(request).deliveryId());

        given().header("X-Twilio-Signature", "AAAAAAAAAAAAAAAAAAAAAAAAAAA=")
                .formParams(SignedWebhooks.call(sid(request), "in-progress", "1"))
                .when().post(path).then().statusCode(403).body(not(containsString(sid(request))));

        assertThat(responses(request)).isEmpty();
    }

    private NotificationRequested sent(NotificationRequested request) {
        network.accept(request);
        network.sendDue();
        return request;
    }

    private String sid(NotificationRequested request) {
        return providers.all().stream().filter(s -> s.deliveryId().equals(AcceptRequests.step(request).deliveryId()))
                .findFirst().orElseThrow().providerId();
    }

    private List<NotificationStatus> statuses(NotificationRequested request) {
        return database.outbox(request.alertId().toString()).stream()
                .filter(row -> row.topic().equals(Topics.NOTIFICATIONS_STATUS))
                .map(row -> row.event(NotificationStatus.class))
                .filter(status -> status.idempotencyKey().equals(request.idempotencyKey()))
                .toList();
    }

    private NotificationStatus last(NotificationRequested request) {
        List<NotificationStatus> all = statuses(request);
        return all.get(all.size() - 1);
    }

    private List<AlertResponse> responses(NotificationRequested request) {
        return database.outbox(request.alertId().toString()).stream()
                .filter(row -> row.topic().equals(Topics.ALERTS_RESPONSES))
                .map(row -> row.event(AlertResponse.class))
                .toList();
    }

    static Document xml(String twiml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(twiml)));
    }
}
