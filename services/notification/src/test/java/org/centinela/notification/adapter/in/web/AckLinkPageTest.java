package org.centinela.notification.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.notification.FakeProviders;
import org.centinela.notification.NotificationDatabase;
import org.centinela.notification.People;
import org.centinela.notification.TestNetwork;
import org.centinela.notification.application.AcceptRequests;
import org.centinela.notification.domain.AckLink;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The e-mail's acknowledgement link: looking never acknowledges, confirming acknowledges once. */
@QuarkusTest
class AckLinkPageTest {

    @Inject
    TestNetwork network;
    @Inject
    FakeProviders providers;
    @Inject
    AckLink ackLink;
    @ConfigProperty(name = "centinela.response-key")
    String responseKey;

    private NotificationDatabase database;
    private NotificationRequested request;
    private String path;

    @BeforeEach
    void anEmailWithItsLinkWasSent() {
        network.reset();
        database = network.database();
        String email = People.uniqueEmail();
        String responder = network.responder(People.uniquePhone(), email, "es");
        request = People.alert(responder, Channel.EMAIL);
        network.accept(request);
        network.sendDue();
        String link = providers.sentTo(email).get(0).email().text().lines().filter(line -> line.contains("/ack/"))
                .findFirst().orElseThrow();
        path = link.substring(link.indexOf("/ack/"));
    }

    @Test
    void everyAnswerAboutTheLinkKeepsItsTokenAndItsPageToThisBrowserTab() {
        for (String asked : List.of(path, "/ack/not-a-token-of-ours")) {
            given().when().get(asked).then()
                    .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                    .header("X-Robots-Tag", "noindex").header("X-Content-Type-Options", "nosniff")
                    .header("X-Frame-Options", "DENY").header("Strict-Transport-Security", "max-age=31536000")
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .body(not(containsString("<style"))).body(not(containsString("<script")))
                    .body(containsString("<link rel=\"stylesheet\" href=\"../assets/ack.css\">"));
        }
        given().when().get("/assets/ack.css").then().statusCode(200).contentType(containsString("text/css"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void openingTheLinkShowsAButtonAndAcknowledgesNothing() {
        given().when().get(path).then().statusCode(200)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .body(containsString("<form method=\"post\">"))
                .body(containsString("Confirmo que atiendo la alerta " + request.alertCode()));
        given().when().get(path).then().statusCode(200);

        assertThat(responses()).isEmpty();
    }

    @Test
    void confirmingAcknowledgesOnceAndAReplayIsRefused() {
        given().when().post(path).then().statusCode(200).body(containsString("Gracias"));
        given().when().post(path).then().statusCode(409).body(containsString("ya fue usado"));
        given().when().get(path).then().statusCode(409).body(not(containsString("<form")));

        List<AlertResponse> responses = responses();
        assertThat(responses).hasSize(1);
        assertThat(responses.get(0).kind()).isEqualTo(ResponseKind.ACK);
        assertThat(responses.get(0).channel()).isEqualTo(ResponseChannel.EMAIL);
        assertThat(responses.get(0).alertId()).isEqualTo(request.alertId());
        assertThat(responses.get(0).actor().id()).isEqualTo(request.personId());
    }

    @Test
    void aConfirmedLinkIsSealedByNotificationAsProvenByTheLinkSentToHer() {
        given().when().post(path).then().statusCode(200);

        AlertResponse ack = responses().get(0);
        assertThat(new ResponseSeal("notification", responseKey).verifies(ack)).isTrue();
        assertThat(ack.proof().method()).isEqualTo(ProofMethod.ACK_LINK);
        assertThat(ack.proof().subject()).isEqualTo(request.personId());
        assertThat(ack.channel()).isEqualTo(ResponseChannel.EMAIL);
        assertThat(ack.actor().type()).isEqualTo(ActorType.RESPONDER);
    }

    @Test
    void aForgedLinkGetsAClearPageAndNoAcknowledgement() {
        String token = path.substring("/ack/".length());
        String forged = "/ack/" + token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

        given().when().get(forged).then().statusCode(404).body(containsString("no es válido"));
        given().when().post(forged).then().statusCode(404).body(containsString("not valid"));
        given().when().post("/ack/not-a-token").then().statusCode(404);

        assertThat(responses()).isEmpty();
    }

    @Test
    void aTokenCarryingANulCutShortOrHugeGetsTheForgedPageNeverAProblemOrAStackTrace() {
        int dot = path.indexOf('.');
        for (String link : List.of(path + "%00", path.substring(0, dot) + "%00" + path.substring(dot),
                path + "%ED%A0%80", path.substring(0, path.length() - 5), "/ack/" + "A".repeat(3_000))) {
            given().urlEncodingEnabled(false).when().get(link).then().statusCode(404)
                    .contentType(startsWith("text/html")).body(not(containsString("Exception")))
                    .body(not(containsString(request.alertCode())));
            given().urlEncodingEnabled(false).when().post(link).then().statusCode(404)
                    .contentType(startsWith("text/html"));
        }
        assertThat(responses()).isEmpty();
    }

    @Test
    void aQueryCarryingANulIsIgnoredAsEveryQueryIs() {
        given().urlEncodingEnabled(false).when().get(path + "?x=%00").then().statusCode(200)
                .contentType(startsWith("text/html")).body(containsString("<form method=\"post\">"));
        assertThat(responses()).isEmpty();
    }

    @Test
    void aLinkSignedByUsButNeverIssuedIsForged() {
        String neverIssued = ackLink.sign(new AckLink.Token(AcceptRequests.step(request).deliveryId(),
                Instant.now().plusSeconds(7200)));

        given().when().post("/ack/" + neverIssued).then().statusCode(404);

        assertThat(responses()).isEmpty();
    }

    @Test
    void anExpiredLinkAcknowledgesNothing() {
        AckLink.Token old = new AckLink.Token(AcceptRequests.step(request).deliveryId(), Instant.now().minusSeconds(60));
        String expired = ackLink.sign(old);
        database.execute("INSERT INTO ack_link (token_hash, delivery_id, expires_at, issued_at) VALUES (?, ?, ?, ?)",
                AckLink.hash(expired), old.deliveryId(), Timestamp.from(old.expiresAt()), Timestamp.from(Instant.now()));

        given().when().post("/ack/" + expired).then().statusCode(410).body(containsString("venció"));

        assertThat(responses()).isEmpty();
    }

    private List<AlertResponse> responses() {
        return database.outbox(request.alertId().toString()).stream()
                .filter(row -> row.topic().equals(Topics.ALERTS_RESPONSES))
                .map(row -> row.event(AlertResponse.class))
                .toList();
    }
}
