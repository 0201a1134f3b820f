package org.centinela.notification.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.AlertBriefs;
import org.centinela.notification.FakeProviders;
import org.centinela.notification.NotificationDatabase;
import org.centinela.notification.People;
import org.centinela.notification.TestNetwork;
import org.centinela.notification.application.AcceptRequests;
import org.centinela.notification.application.Directory;
import org.centinela.notification.application.KeepBriefs;
import org.centinela.notification.domain.BriefLink;
import org.centinela.notification.domain.SigningKey;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The brief page a brief link opens: what it shows, to whom, with which headers, and what opening and pressing publish. */
@QuarkusTest
class BriefLinkPageTest {

    private static final String CSP = "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self';"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Inject
    TestNetwork network;
    @Inject
    FakeProviders providers;
    @Inject
    KeepBriefs keepBriefs;
    @Inject
    BriefLink briefLink;
    @Inject
    Directory directory;
    @ConfigProperty(name = "centinela.response-key")
    String responseKey;

    private NotificationDatabase database;
    private String responder;
    private NotificationRequested request;
    private String token;
    private String path;

    @BeforeEach
    void anSmsBriefWithItsLinkWasSent() {
        network.reset();
        database = network.database();
        String phone = People.uniquePhone();
        responder = network.responder(phone, People.uniqueEmail(), "es");
        String rosa = network.person("Rosa Xol", People.uniquePhone(), null, "es");
        UUID alert = UUID.randomUUID();
        String code = People.code();
        keepBriefs.kept(AlertBriefs.brief(alert, code, 1, AlertBriefs.NAME, AlertBriefs.ORGANISATION,
                AlertBriefs.everything(), List.of(rosa)));
        request = NotificationRequested.of(alert, code, responder, Channel.SMS, NotificationPurpose.BRIEF, Grade.HIGH, 1, 0,
                Instant.now(), BriefDisclosure.ON_CONTACT, 1);
        network.accept(request);
        network.sendDue();
        String text = providers.sentTo(phone).get(0).text();
        token = text.substring(text.indexOf("/b/") + 3, text.indexOf("/b/") + 3 + BriefLink.LENGTH);
        path = "/b/" + token;
    }

    @Test
    void theLinkOpensTheWholeBriefOnAPhoneWidthPageWithNothingFromElsewhere() {
        String html = guarded(given().when().get(path).then().statusCode(200)
                .contentType(containsString("text/html"))).extract().asString();

        assertThat(html).contains("<html lang=\"es\" data-version=\"1\">").contains("width=device-width")
                .contains("<h1>Marta</h1>").contains("Colectiva Q&#39;eqchi&#39; de Cobán")
                .contains(AlertBriefs.WORDS).contains(AlertBriefs.NOTE).contains(AlertBriefs.NARRATIVE)
                .contains(AlertBriefs.REPORT_PLACE).contains("href=\"tel:" + AlertBriefs.PHONE + "\"")
                .contains("Quién atiende: Rosa Xol.")
                .contains("href=\"https://www.openstreetmap.org/?mlat=15.47090&amp;mlon=-90.37070#map=17/15.47090/-90.37070\"")
                .contains("href=\"https://www.openstreetmap.org/?mlat=15.47310&amp;mlon=-90.36820#map=17/15.47310/-90.36820\"")
                .contains("<svg class=\"sketch\"").contains("<polyline").contains("2026-03-07 14:05 UTC-6")
                .contains("<form method=\"post\"><button type=\"submit\">Atiendo esta alerta</button></form>")
                .contains("<script src=\"../assets/brief-live.js\" defer></script>")
                .contains("<link rel=\"stylesheet\" href=\"../assets/brief.css\">");
        assertThat(html.split("<script", -1)).as("no inline script").hasSize(2);
        assertThat(html).as("no inline style, no outside resource").doesNotContain("style=").doesNotContain("<style")
                .doesNotContain("src=\"http").doesNotContain("<img").doesNotContain("<iframe");
    }

    @Test
    void eachOpeningIsPublishedAsOpenedForTheDeliveryThatCarriedTheLink() {
        given().when().get(path).then().statusCode(200);
        given().when().get(path).then().statusCode(200);

        List<NotificationStatus> opened = opened();
        assertThat(opened).hasSize(2);
        assertThat(opened.get(0).idempotencyKey()).isEqualTo(request.idempotencyKey());
        assertThat(opened.get(0).channel()).isEqualTo(Channel.SMS);
        assertThat(opened.get(0).personId()).isEqualTo(responder);
        assertThat(opened.get(0).alertId()).isEqualTo(request.alertId());
    }

    @Test
    void thePageLearnsOfANewVersionWithoutPublishingAnything() {
        guarded(given().when().get(path + "/version").then().statusCode(200).contentType(containsString("text/plain")))
                .body(equalTo("1"));

        keepBriefs.kept(AlertBriefs.marta(request.alertId(), request.alertCode(), 2));

        given().when().get(path + "/version").then().statusCode(200).body(equalTo("2"));
        assertThat(opened()).isEmpty();
    }

    @Test
    void imOnItAcknowledgesTheAlertOnceOnChannelLink() {
        guarded(given().when().post(path).then().statusCode(200)).body(containsString("Quedó registrado que atiendes"))
                .body(not(containsString("<form")));
        given().when().post(path).then().statusCode(200);
        given().when().get(path).then().statusCode(200).body(not(containsString("<form")));

        List<AlertResponse> responses = responses();
        assertThat(responses).hasSize(1);
        AlertResponse ack = responses.get(0);
        assertThat(ack.kind()).isEqualTo(ResponseKind.ACK);
        assertThat(ack.channel()).isEqualTo(ResponseChannel.LINK);
        assertThat(ack.actor().type()).isEqualTo(ActorType.RESPONDER);
        assertThat(ack.actor().id()).isEqualTo(responder);
        assertThat(ack.alertId()).isEqualTo(request.alertId());
        assertThat(ack.alertCode()).isEqualTo(request.alertCode());
        assertThat(ack.responseId()).isEqualTo(UUID.nameUUIDFromBytes(
                ("response:link:" + SigningKey.hash(token)).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void imOnItIsSealedByNotificationAsProvenByTheLinkSentToHer() {
        given().when().post(path).then().statusCode(200);

        AlertResponse ack = responses().get(0);
        assertThat(new ResponseSeal("notification", responseKey).verifies(ack)).isTrue();
        assertThat(ack.proof().method()).isEqualTo(ProofMethod.ACK_LINK);
        assertThat(ack.proof().subject()).isEqualTo(responder);
        assertThat(ack.channel()).isEqualTo(ResponseChannel.LINK);
        assertThat(ack.actor().type()).isEqualTo(ActorType.RESPONDER);
    }

    @Test
    void aForgedLinkOrOneSignedButNeverIssuedAnswers404WithANeutralPage() {
        String forged = "/b/" + token.substring(0, 31) + (token.endsWith("A") ? "B" : "A");
        String neverIssued = "/b/" + briefLink.issue(UUID.randomUUID(), Instant.now().plusSeconds(3600)).token();

        for (String link : List.of(forged, neverIssued, "/b/not-a-token")) {
            neutral(given().when().get(link).then().statusCode(404)).body(containsString("no es válido"));
            neutral(given().when().post(link).then().statusCode(404));
            guarded(given().when().get(link + "/version").then().statusCode(404));
        }
        assertThat(responses()).isEmpty();
        assertThat(opened()).isEmpty();
    }

    @Test
    void aTokenCarryingANulCutShortOrHugeAnswers404WithANeutralPageNeverAProblemOrAStackTrace() {
        for (String link : List.of(path + "%00", "/b/" + token.substring(0, 10) + "%00" + token.substring(10),
                path + "%ED%A0%80", path.substring(0, path.length() - 5), "/b/" + "A".repeat(3_000))) {
            neutral(given().urlEncodingEnabled(false).when().get(link).then().statusCode(404))
                    .contentType(startsWith("text/html")).body(not(containsString("Exception")));
            neutral(given().urlEncodingEnabled(false).when().post(link).then().statusCode(404))
                    .contentType(startsWith("text/html"));
            guarded(given().urlEncodingEnabled(false).when().get(link + "/version").then().statusCode(404));
        }
        assertThat(responses()).isEmpty();
        assertThat(opened()).isEmpty();
    }

    @Test
    void aQueryCarryingANulIsIgnoredAsEveryQueryIs() {
        guarded(given().urlEncodingEnabled(false).when().get(path + "?x=%00").then().statusCode(200))
                .contentType(startsWith("text/html"));
    }

    @Test
    void onceTheAlertIsOverEveryLinkAnswers410WithANeutralPageAndAcknowledgesNothing() {
        keepBriefs.over(request.alertId());

        neutral(given().when().get(path).then().statusCode(410)).body(containsString("ya no muestra nada"));
        neutral(given().when().post(path).then().statusCode(410));
        guarded(given().when().get(path + "/version").then().statusCode(410));

        assertThat(responses()).isEmpty();
        assertThat(opened()).isEmpty();
    }

    @Test
    void anExpiredLinkAnswers410() {
        UUID delivery = AcceptRequests.step(request).deliveryId();
        BriefLink.Issued expired = briefLink.issue(delivery, Instant.now().minusSeconds(120));
        database.execute("INSERT INTO brief_link (token_hash, idempotency_key, delivery_id, channel, alert_id, person_id,"
                + " expires_at, issued_at) VALUES (?, ?, ?, 'SMS', ?, ?, ?, ?)", SigningKey.hash(expired.token()),
                request.idempotencyKey(), delivery, request.alertId(), responder, Timestamp.from(expired.expiresAt()),
                Timestamp.from(Instant.now()));

        neutral(given().when().get("/b/" + expired.token()).then().statusCode(410));
        assertThat(opened()).isEmpty();
    }

    @Test
    void aReaderWhoLeftTheDirectoryReadsNothingMore() {
        directory.remove(responder);

        neutral(given().when().get(path).then().statusCode(410));
    }

    @Test
    void aReaderGetsThePageInHerLanguage() {
        directory.put(directory.byId(responder).map(contact -> new org.centinela.notification.domain.Contact(
                contact.personId(), contact.name(), contact.phone(), contact.email(), "en-GB",
                contact.channels())).orElseThrow());

        given().when().get(path).then().statusCode(200).body(containsString("<html lang=\"en\""))
                .body(containsString("I'm on it</button>")).body(containsString("Who is on it: Rosa Xol."));
    }

    @Test
    void thePagesStyleSheetAndScriptComeFromThisService() {
        given().when().get("/assets/brief-live.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("/version"));
        given().when().get("/assets/brief.css").then().statusCode(200).contentType(containsString("text/css"))
                .header("X-Content-Type-Options", "nosniff");
    }

    /** The headers of every answer about a brief link. */
    private static ValidatableResponse guarded(ValidatableResponse response) {
        return response.header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex").header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY").header("Strict-Transport-Security", "max-age=31536000")
                .header("Content-Security-Policy", CSP);
    }

    /** A page that says nothing of her nor of the alert. */
    private ValidatableResponse neutral(ValidatableResponse response) {
        return guarded(response).body(not(containsString("Marta"))).body(not(containsString(request.alertCode())))
                .body(not(containsString("Cob"))).body(not(containsString("tel:")));
    }

    private List<AlertResponse> responses() {
        return database.outbox(request.alertId().toString()).stream()
                .filter(row -> row.topic().equals(Topics.ALERTS_RESPONSES))
                .map(row -> row.event(AlertResponse.class))
                .toList();
    }

    private List<NotificationStatus> opened() {
        return database.outbox(request.alertId().toString()).stream()
                .filter(row -> row.topic().equals(Topics.NOTIFICATIONS_STATUS))
                .map(row -> row.event(NotificationStatus.class))
                .filter(status -> status.status() == DeliveryStatus.OPENED)
                .toList();
    }
}
