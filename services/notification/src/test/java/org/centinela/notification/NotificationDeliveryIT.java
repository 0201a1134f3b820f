package org.centinela.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.ActorType;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseChannel;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.kafka.CloudEventHeaders;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.application.AcceptRequests;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged notification end to end: requests and briefs from Kafka, SMS and calls through the packaged
 * Twilio sandbox with its signed callbacks and keypresses, e-mail through the local stack's GreenMail read back
 * over IMAP, the brief page, statuses and responses on Kafka.
 */
class NotificationDeliveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(45);
    /** The response key this run gives notification, which escalation would verify its responses with. */
    private static final String RESPONSE_KEY = "it-notification-response-key-" + UUID.randomUUID();
    private static final ResponseSeal NOTIFICATION_SEAL = new ResponseSeal("notification", RESPONSE_KEY);
    private static LocalPhones phones;

    private String responder;
    private String phone;
    private String email;

    @BeforeAll
    static void start() {
        phones = LocalPhones.start(Map.of("centinela.response-key", RESPONSE_KEY));
    }

    @AfterAll
    static void stop() {
        if (phones != null) {
            phones.close();
        }
    }

    @BeforeEach
    void aResponderOfTheNetwork() {
        phones.resetSandbox();
        responder = "resp-" + UUID.randomUUID();
        phone = People.uniquePhone();
        email = People.uniqueEmail();
        LocalPhones.publish(People.responder(responder, phone, email, "es"));
    }

    @Test
    void anSmsGoesOutWithItsCodeAndHowToAnswerAndItsCallbacksAreRecordedAndPublished() {
        Instant start = Instant.now();
        NotificationRequested request = People.alert(responder, Channel.SMS);
        phones.request(request);

        List<NotificationStatus> statuses = statusesUntil(request, start, DeliveryStatus.DELIVERED);

        assertThat(statuses).extracting(NotificationStatus::status)
                .containsExactly(DeliveryStatus.QUEUED, DeliveryStatus.SENT, DeliveryStatus.DELIVERED);
        List<Map<String, Object>> messages = phones.messagesTo(phone);
        assertThat(messages).hasSize(1);
        assertThat((String) messages.get(0).get("body")).contains("OK " + request.alertCode()).startsWith("CENTINELA");
        assertThat(statuses).allSatisfy(status -> assertThat(status.providerId()).isEqualTo(messages.get(0).get("sid")));
        assertThat(LocalPhones.delivery(request.idempotencyKey())).containsEntry("status", "DELIVERED");
    }

    @Test
    void aCallIsPlacedWithAGatherAndKeypressOnePublishesAnAcknowledgement() {
        Instant start = Instant.now();
        NotificationRequested request = People.alert(responder, Channel.VOICE);
        phones.request(request);

        statusesUntil(request, start, DeliveryStatus.ANSWERED);
        await().atMost(PATIENCE).until(() -> "in-progress".equals(phones.callsTo(phone).get(0).get("status")));
        Map<String, Object> call = phones.callsTo(phone).get(0);
        assertThat((String) call.get("twiml")).contains("<Gather").contains("/twilio/voice/gather?d=");
        phones.sandbox().body(Map.of("digits", "1")).when().post("/sandbox/calls/" + call.get("sid") + "/digits")
                .then().statusCode(200);

        ConsumerRecord<String, byte[]> record = last(TopicWatcher.since(Topics.ALERTS_RESPONSES, start)
                .until(r -> request.alertId().toString().equals(r.key()), PATIENCE));
        AlertResponse ack = EventJson.read(record.value(), AlertResponse.class);
        assertThat(ack.kind()).isEqualTo(ResponseKind.ACK);
        assertThat(ack.channel()).isEqualTo(ResponseChannel.VOICE);
        assertThat(ack.actor().type()).isEqualTo(ActorType.RESPONDER);
        assertThat(ack.actor().id()).isEqualTo(responder);
        assertThat(ack.alertId()).isEqualTo(request.alertId());
        assertThat(NOTIFICATION_SEAL.verifies(ack)).as("sealed with the key notification was given").isTrue();
        assertThat(ack.proof().method()).isEqualTo(ProofMethod.TWILIO_SIGNATURE);
        assertThat(ack.proof().subject()).isEqualTo(responder);
        assertThat(new String(record.headers().lastHeader(CloudEventHeaders.TYPE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(AlertResponse.TYPE);
        assertThat((List<?>) phones.callsTo(phone).get(0).get("say")).asString().contains("Gracias");
    }

    @Test
    void twilioFailingWith500IsRetriedToExactlyOneMessage() {
        phones.fault(phone, Channel.SMS, "HTTP_500", 4);
        Instant start = Instant.now();
        NotificationRequested request = People.alert(responder, Channel.SMS);
        phones.request(request);

        statusesUntil(request, start, DeliveryStatus.DELIVERED);

        assertThat(phones.messagesTo(phone)).hasSize(1);
        assertThat(LocalPhones.delivery(request.idempotencyKey()).get("attempts")).isEqualTo(2);
    }

    @Test
    void anUndeliveredSmsAndAnUnansweredCallAreFailed() {
        phones.fault(phone, Channel.SMS, "UNDELIVERED", 1);
        phones.fault(phone, Channel.VOICE, "NO_ANSWER", 1);
        Instant start = Instant.now();
        NotificationRequested sms = People.alert(responder, Channel.SMS);
        NotificationRequested call = People.alert(responder, Channel.VOICE);
        phones.request(sms);
        phones.request(call);

        NotificationStatus undelivered = last(statusesUntil(sms, start, DeliveryStatus.FAILED));
        NotificationStatus unanswered = last(statusesUntil(call, start, DeliveryStatus.FAILED));

        assertThat(undelivered.errorCode()).isEqualTo("30003");
        assertThat(unanswered.errorCode()).isEqualTo("no-answer");
        assertThat(phones.messagesTo(phone)).hasSize(1);
        assertThat(phones.callsTo(phone)).hasSize(1);
    }

    @Test
    void aRedeliveredRequestSendsNothingNew() {
        Instant start = Instant.now();
        NotificationRequested request = People.alert(responder, Channel.SMS);
        phones.request(request);
        statusesUntil(request, start, DeliveryStatus.DELIVERED);

        phones.request(request);
        NotificationRequested marker = People.alert(responder, Channel.VOICE);
        phones.request(marker);
        statusesUntil(marker, start, DeliveryStatus.QUEUED);

        assertThat(phones.messagesTo(phone)).hasSize(1);
        assertThat(LocalPhones.count("SELECT count(*) FROM notification_delivery WHERE idempotency_key = ?",
                request.idempotencyKey())).isEqualTo(1);
    }

    @Test
    void anEmailLinkOpenedAcknowledgesNothingConfirmedAcknowledgesOnceAndAReplayIsRefused() {
        Instant start = Instant.now();
        NotificationRequested request = People.alert(responder, Channel.EMAIL);
        phones.request(request);

        Mailbox.Received received = Mailbox.one(email, request.alertCode(), phones.notificationUrl() + "/ack/", PATIENCE);
        assertThat(received.subject()).contains(request.alertCode());
        assertThat(received.html()).contains("href=\"" + phones.notificationUrl() + "/ack/");
        String link = received.text().lines().filter(line -> line.contains("/ack/")).findFirst().orElseThrow().strip();
        assertThat(link).startsWith(phones.notificationUrl() + "/ack/");

        phones.notification().when().get(link).then().statusCode(200);
        phones.notification().when().get(link).then().statusCode(200);
        phones.notification().when().post(link).then().statusCode(200);
        phones.notification().when().post(link).then().statusCode(409);

        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.ALERTS_RESPONSES, start)
                .until(r -> false, Duration.ofSeconds(5));
        List<AlertResponse> responses = seen.stream().filter(r -> request.alertId().toString().equals(r.key()))
                .map(r -> EventJson.read(r.value(), AlertResponse.class)).toList();
        assertThat(responses).hasSize(1);
        assertThat(responses.get(0).kind()).isEqualTo(ResponseKind.ACK);
        assertThat(responses.get(0).channel()).isEqualTo(ResponseChannel.EMAIL);
        assertThat(responses.get(0).actor().id()).isEqualTo(responder);
        assertThat(NOTIFICATION_SEAL.verifies(responses.get(0))).isTrue();
        assertThat(responses.get(0).proof().method()).isEqualTo(ProofMethod.ACK_LINK);
        assertThat(statusesUntil(request, start, DeliveryStatus.SENT)).extracting(NotificationStatus::status)
                .containsExactly(DeliveryStatus.SENT);
    }

    @Test
    void anEmailWaitsOutTheSmtpRelayBeingDownAndIsDeliveredOnceItIsBack() throws Exception {
        Instant start = Instant.now();
        NotificationRequested request = People.alert(responder, Channel.EMAIL);
        stack("stop", "greenmail");
        try {
            phones.request(request);
            await().atMost(PATIENCE).until(() -> {
                Map<String, Object> row = LocalPhones.delivery(request.idempotencyKey());
                return "smtp-unreachable".equals(row.get("error_code")) && ((Integer) row.get("attempts")) >= 2;
            });
            assertThat(LocalPhones.delivery(request.idempotencyKey())).containsEntry("status", "WAITING");
        } finally {
            stack("up");
        }

        Mailbox.Received received = Mailbox.one(email, request.alertCode(), phones.notificationUrl() + "/ack/", PATIENCE);
        assertThat(received.messageId()).contains(AcceptRequests.step(request).deliveryId().toString());
        assertThat(last(statusesUntil(request, start, DeliveryStatus.SENT)).status()).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void aBriefFromKafkaGoesBySmsWithItsLinkWhosePageIsOpenedAcknowledgedAndClosedAtTheEnd() {
        Instant start = Instant.now();
        UUID alert = UUID.randomUUID();
        String code = People.code();
        phones.brief(AlertBriefs.marta(alert, code, 1));
        NotificationRequested request = NotificationRequested.of(alert, code, responder, Channel.SMS,
                NotificationPurpose.BRIEF, Grade.HIGH, 1, 0, Instant.now(), BriefDisclosure.ON_CONTACT, 1);
        phones.request(request);

        statusesUntil(request, start, DeliveryStatus.DELIVERED);
        String body = (String) phones.messagesTo(phone).get(0).get("body");
        assertThat(body).startsWith("CENTINELA " + code + ": Marta").contains("https://www.openstreetmap.org/?mlat=15.47090");
        String link = body.substring(body.indexOf(phones.notificationUrl() + "/b/")).strip();

        phones.notification().when().get(link).then().statusCode(200)
                .header("Content-Security-Policy", startsWith("default-src 'none'"))
                .body(containsString(AlertBriefs.WORDS));
        statusesUntil(request, start, DeliveryStatus.OPENED);
        phones.notification().when().post(link).then().statusCode(200);
        ConsumerRecord<String, byte[]> record = last(TopicWatcher.since(Topics.ALERTS_RESPONSES, start)
                .until(r -> alert.toString().equals(r.key()), PATIENCE));
        AlertResponse ack = EventJson.read(record.value(), AlertResponse.class);
        assertThat(ack.channel()).isEqualTo(ResponseChannel.LINK);
        assertThat(ack.actor().id()).isEqualTo(responder);
        assertThat(NOTIFICATION_SEAL.verifies(ack)).isTrue();
        assertThat(ack.proof().method()).isEqualTo(ProofMethod.ACK_LINK);

        phones.briefOver(alert);
        await().atMost(PATIENCE).until(() -> phones.notification().when().get(link).statusCode() == 410);
    }

    @Test
    void aPhoneSeizedNoticeGoesOnceOnEachChannelHoweverOftenItIsRequestedAndAsksForNothing() {
        Instant start = Instant.now();
        UUID alert = UUID.randomUUID();
        String code = People.code();
        NotificationRequested sms = People.request(alert, code, responder, Channel.SMS, NotificationPurpose.PHONE_SEIZED,
                Grade.CRITICAL);
        NotificationRequested call = People.request(alert, code, responder, Channel.VOICE,
                NotificationPurpose.PHONE_SEIZED, Grade.CRITICAL);
        NotificationRequested mail = People.request(alert, code, responder, Channel.EMAIL,
                NotificationPurpose.PHONE_SEIZED, Grade.CRITICAL);
        // Under the alert's key, so read after the redelivered requests: once it is sent, they were read.
        NotificationRequested after = People.request(alert, code, responder, Channel.SMS, NotificationPurpose.STAND_DOWN,
                Grade.CRITICAL);

        phones.requests(List.of(sms, call, mail, sms, call, mail, after));

        statusesUntil(sms, start, DeliveryStatus.DELIVERED);
        statusesUntil(call, start, DeliveryStatus.ANSWERED);
        statusesUntil(mail, start, DeliveryStatus.SENT);
        statusesUntil(after, start, DeliveryStatus.QUEUED);
        for (NotificationRequested request : List.of(sms, call, mail)) {
            assertThat(LocalPhones.count("SELECT count(*) FROM notification_delivery WHERE idempotency_key = ?",
                    request.idempotencyKey())).isEqualTo(1);
        }
        List<String> texts = phones.messagesTo(phone).stream().map(message -> (String) message.get("body"))
                .filter(body -> body.contains("otras manos")).toList();
        assertThat(texts).singleElement().asString().startsWith("CENTINELA " + code + ": el teléfono de la defensora")
                .doesNotContain("OK " + code).doesNotContain("http");
        assertThat(phones.callsTo(phone)).singleElement().satisfies(placed -> assertThat((String) placed.get("twiml"))
                .contains("otras manos").doesNotContain("<Gather"));
        Mailbox.Received received = Mailbox.one(email, code, "otras manos", PATIENCE);
        assertThat(received.text()).doesNotContain("/ack/").doesNotContain("/b/");
    }

    private static List<NotificationStatus> statusesUntil(NotificationRequested request, Instant since, DeliveryStatus until) {
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.NOTIFICATIONS_STATUS, since)
                .until(r -> request.alertId().toString().equals(r.key())
                        && EventJson.read(r.value(), NotificationStatus.class).idempotencyKey().equals(request.idempotencyKey())
                        && EventJson.read(r.value(), NotificationStatus.class).status() == until, PATIENCE);
        List<NotificationStatus> statuses = seen.stream().filter(r -> request.alertId().toString().equals(r.key()))
                .map(r -> EventJson.read(r.value(), NotificationStatus.class))
                .filter(status -> status.idempotencyKey().equals(request.idempotencyKey()))
                .toList();
        assertThat(statuses).extracting(NotificationStatus::status).as("statuses of the request").contains(until);
        return statuses;
    }

    private static <T> T last(List<T> items) {
        assertThat(items).isNotEmpty();
        return items.get(items.size() - 1);
    }

    static void stack(String... command) throws IOException, InterruptedException {
        String[] line = new String[command.length + 1];
        line[0] = "../../deploy/local/stack.sh";
        System.arraycopy(command, 0, line, 1, command.length);
        Process process = new ProcessBuilder(line).inheritIO().start();
        assertThat(process.waitFor()).as("stack.sh %s", String.join(" ", command)).isZero();
    }
}
