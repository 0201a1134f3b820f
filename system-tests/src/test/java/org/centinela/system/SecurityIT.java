package org.centinela.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.system.Alerts.Alert;
import org.centinela.system.Centinela.Service;
import org.centinela.system.Network.Defender;
import org.centinela.system.Network.Level;
import org.centinela.system.Network.Responder;
import org.centinela.testing.LocalKeycloak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario 8: what is not signed or not allowed changes nothing. A Twilio webhook with a forged signature is
 * refused (403) and raises nothing; a responder reads the alerts that contacted her and no other (403); no token
 * is 401.
 */
@ExtendWith(RunningCentinela.class)
class SecurityIT {

    private static final Duration ESCALATE_AFTER = Duration.ofMinutes(5);

    private final Centinela centinela;
    private final Phones phones;
    private final Alerts alerts;
    private final Network network;

    SecurityIT(Centinela centinela) {
        this.centinela = centinela;
        this.phones = centinela.phones();
        this.alerts = new Alerts(centinela);
        this.network = new Network(centinela);
    }

    @Test
    void aForgedTwilioSignatureIsRefusedAndNothingHappens() {
        Responder luis = network.responder("Luis", "SMS");
        Defender marta = network.defender("Marta",
                network.policy(Level.of(network.group("trusted", luis), 1, ESCALATE_AFTER, null, "SMS")));
        String webhook = centinela.url(Service.INTAKE) + "/twilio/sms";
        Map<String, String> form = new LinkedHashMap<>(Map.of("MessageSid", "SM" + UUID.randomUUID().toString()
                .replace("-", ""), "AccountSid", "AC0123456789abcdef0123456789abcdef", "From", marta.phone(),
                "To", phones.centinelaNumber(), "Body", "SOS"));

        assertThat(post(webhook, form, TwilioSignature.of("not-the-auth-token-of-this-account", webhook, form)))
                .as("forged").isEqualTo(403);
        assertThat(post(webhook, form, null)).as("unsigned").isEqualTo(403);
        String statusCallback = centinela.url(Service.NOTIFICATION) + "/twilio/status";
        Map<String, String> delivered = Map.of("MessageSid", "SM0123", "MessageStatus", "delivered");
        assertThat(post(statusCallback, delivered, TwilioSignature.of("forged", statusCallback, delivered)))
                .as("forged status callback").isEqualTo(403);
        String gather = centinela.url(Service.NOTIFICATION) + "/twilio/voice/gather";
        Map<String, String> keypress = Map.of("CallSid", "CA0123", "Digits", "1");
        assertThat(post(gather, keypress, TwilioSignature.of("forged", gather, keypress)))
                .as("forged keypress").isEqualTo(403);

        Eventually.pause(Duration.ofSeconds(3));
        assertThat(alerts.of(marta.id())).as("no alert").isEmpty();
        assertThat(phones.smsTo(luis.phone())).as("nobody texted").isEmpty();
        assertThat(phones.smsTo(marta.phone())).as("no reply").isEmpty();

        // The same SMS, signed as Twilio signs it, is what raises her alert: the refusal above was the signature's.
        assertThat(post(webhook, form, TwilioSignature.of(TwilioSignature.LOCAL_AUTH_TOKEN, webhook, form)))
                .isEqualTo(200);
        alerts.resolve(alerts.awaitOf(marta.id(), alert -> true, Duration.ofSeconds(20)).id());
    }

    @Test
    void aResponderReadsTheAlertsThatContactedHerAndNoOther() {
        Responder ana = network.withLogin("Ana", LocalKeycloak.RESPONDER, "SMS");
        Responder bea = network.responder("Bea", "SMS");
        Defender marta = network.defender("Marta",
                network.policy(Level.of(network.group("ana", ana), 1, ESCALATE_AFTER, null, "SMS")));
        Defender julia = network.defender("Julia",
                network.policy(Level.of(network.group("bea", bea), 1, ESCALATE_AFTER, null, "SMS")));
        phones.text(marta.phone(), "SOS");
        phones.text(julia.phone(), "SOS");
        Alert hers = alerts.awaitOf(marta.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(),
                Duration.ofSeconds(20));
        Alert another = alerts.awaitOf(julia.id(), a -> !a.entries("NOTIFICATION_REQUESTED").isEmpty(),
                Duration.ofSeconds(20));
        String token = LocalKeycloak.accessToken(LocalKeycloak.RESPONDER);
        String escalation = centinela.url(Service.ESCALATION);
        try {
            given().baseUri(escalation).auth().oauth2(token).when().get("/api/v1/alerts/" + hers.id())
                    .then().statusCode(200);
            given().baseUri(escalation).auth().oauth2(token).when().get("/api/v1/alerts/" + another.id())
                    .then().statusCode(403);
            List<String> listed = given().baseUri(escalation).auth().oauth2(token).when().get("/api/v1/alerts")
                    .then().statusCode(200).extract().jsonPath().getList("id");
            assertThat(listed).contains(hers.id()).doesNotContain(another.id());
            given().baseUri(escalation).auth().oauth2(token).contentType(ContentType.JSON)
                    .body(Map.of("kind", "ACK")).when().post("/api/v1/alerts/" + another.id() + "/responses")
                    .then().statusCode(403);
            assertThat(alerts.get(another.id()).acks()).as("her refused answer changed nothing").isEmpty();
        } finally {
            alerts.resolve(hers.id());
            alerts.resolve(another.id());
        }
    }

    @Test
    void withoutATokenTheApisAnswer401() {
        String escalation = centinela.url(Service.ESCALATION);
        given().baseUri(escalation).when().get("/api/v1/alerts").then().statusCode(401);
        given().baseUri(escalation).when().get("/api/v1/alerts/" + UUID.randomUUID()).then().statusCode(401);
        given().baseUri(escalation).contentType(ContentType.JSON).body(Map.of("kind", "ACK")).when()
                .post("/api/v1/alerts/" + UUID.randomUUID() + "/responses").then().statusCode(401);
        given().baseUri(escalation).contentType(ContentType.JSON).body(Map.of("name", "Nadie")).when()
                .post("/api/v1/responders").then().statusCode(401);
        given().baseUri(centinela.url(Service.RISK_SCORING)).when().get("/api/v1/risk/model").then().statusCode(401);
        given().baseUri(escalation).auth().oauth2("not.a.token").when().get("/api/v1/alerts").then().statusCode(401);
    }

    private static int post(String url, Map<String, String> form, String signature) {
        var request = given().contentType(ContentType.URLENC).formParams(form);
        if (signature != null) {
            request.header("X-Twilio-Signature", signature);
        }
        return request.when().post(url).statusCode();
    }
}
