package org.centinela.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.application.AcceptRequests;
import org.centinela.notification.application.AnswerCall;
import org.centinela.notification.application.Briefs;
import org.centinela.notification.domain.Failure;
import org.centinela.notification.domain.SendResult;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Everything notification does with a brief — reading it (and a record that is not one), waiting for it, sending it
 * on every channel (and failing to), a call's keypress, the page opened, pressed, forged and gone — logs nothing of
 * her: no name, organisation, phone, words, place, nor a link's token.
 */
@QuarkusTest
class BriefsNeverLoggedTest {

    @Inject
    @Any
    InMemoryConnector connector;
    @Inject
    TestNetwork network;
    @Inject
    FakeProviders providers;
    @Inject
    Briefs briefs;
    @Inject
    AnswerCall answerCall;

    private final List<String> logged = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            String message = record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : formatter.formatMessage(record);
            StringBuilder line = new StringBuilder(String.valueOf(message));
            for (Throwable thrown = record.getThrown(); thrown != null; thrown = thrown.getCause()) {
                line.append(" | ").append(thrown);
            }
            logged.add(line.toString());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        network.reset();
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void nothingOfHerReachesTheLogs() {
        String phone = People.uniquePhone();
        String email = People.uniqueEmail();
        String responder = network.responder(phone, email, "es");
        UUID alert = UUID.randomUUID();
        String code = People.code();
        AlertBrief marta = AlertBriefs.brief(alert, code, 1, AlertBriefs.NAME, AlertBriefs.ORGANISATION,
                AlertBriefs.everything(), List.of(responder));
        String invalid = new String(EventJson.write(marta), StandardCharsets.UTF_8).replace("\"version\":1", "\"version\":0");
        consume(alert.toString(), invalid.getBytes(StandardCharsets.UTF_8));
        consume(alert.toString(), EventJson.write(marta));
        await().atMost(Duration.ofSeconds(10)).until(() -> briefs.find(alert).brief().isPresent());

        NotificationRequested sms = request(alert, code, responder, Channel.SMS, NotificationPurpose.BRIEF, 1);
        NotificationRequested mail = request(alert, code, responder, Channel.EMAIL, NotificationPurpose.ALERT, 1);
        NotificationRequested call = request(alert, code, responder, Channel.VOICE, NotificationPurpose.ALERT, 1);
        NotificationRequested waiting = request(alert, code, responder, Channel.EMAIL, NotificationPurpose.BRIEF_UPDATE, 2);
        providers.plan(Channel.EMAIL, SendResult.refused(Failure.Kind.TRANSIENT, "421", "the relay is busy"));
        network.accept(sms, mail, call, waiting);
        network.sendUntil(() -> providers.all().size() == 3);
        answerCall.pressed(AcceptRequests.step(call).deliveryId(), "CA-logs", "1");

        String text = providers.sent(Channel.SMS).get(0).text();
        String token = text.substring(text.indexOf("/b/") + 3, text.indexOf("/b/") + 35);
        given().when().get("/b/" + token).then().statusCode(200);
        given().when().post("/b/" + token).then().statusCode(200);
        given().when().get("/b/" + token + "/version").then().statusCode(200);
        String forged = token.substring(0, 31) + (token.endsWith("x") ? "y" : "x");
        given().when().get("/b/" + forged).then().statusCode(404);
        consume(alert.toString(), null);
        await().atMost(Duration.ofSeconds(10)).until(() -> briefs.find(alert).over());
        given().when().get("/b/" + token).then().statusCode(410);

        assertThat(logged).as("the record that is not a brief was logged, by offset and reason")
                .anyMatch(line -> line.contains("goes to the dead-letter topic (unreadable: Invalid AlertBrief: version must be at least 1"));
        for (String line : logged) {
            assertThat(line).doesNotContain(AlertBriefs.NAME).doesNotContain("Cob").doesNotContain("Colectiva")
                    .doesNotContain(AlertBriefs.PHONE).doesNotContain(phone).doesNotContain(email)
                    .doesNotContain("me siguen").doesNotContain("reunión").doesNotContain("amenazaron")
                    .doesNotContain("15.47").doesNotContain("-90.3").doesNotContain(token);
        }
    }

    private static NotificationRequested request(UUID alert, String code, String responder, Channel channel,
            NotificationPurpose purpose, long version) {
        return NotificationRequested.of(alert, code, responder, channel, purpose, Grade.HIGH, 1, 0, Instant.now(),
                BriefDisclosure.ON_CONTACT, version);
    }

    private void consume(String key, byte[] value) {
        BriefsTopic.send(connector, key, value);
    }
}
