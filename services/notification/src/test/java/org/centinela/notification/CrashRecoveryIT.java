package org.centinela.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.twilio.rest.api.v2010.account.Message;
import com.twilio.type.PhoneNumber;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.DeliveryStatus;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.notification.NotificationStatus;
import org.centinela.notification.application.AcceptRequests;
import org.centinela.notification.domain.Step;
import org.centinela.testing.TopicWatcher;
import org.centinela.twilio.TwilioRestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Notification is killed (kill -9) and its database left as a crash between Twilio's answer and its record
 * leaves it: deliveries SENDING, one of which Twilio has. After the restart, the one Twilio has is recorded
 * under Twilio's SID and not sent again; the one Twilio never got is sent, once.
 */
class CrashRecoveryIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private LocalPhones phones;

    @AfterEach
    void stop() {
        if (phones != null) {
            phones.close();
        }
    }

    @Test
    void whatTwilioHasIsRecordedAndWhatItNeverGotIsSentOnceAfterTheRestart() throws Exception {
        phones = LocalPhones.start();
        String responder = "resp-" + UUID.randomUUID();
        String phone = People.uniquePhone();
        LocalPhones.publish(People.responder(responder, phone, null, "es"));
        NotificationRequested taken = People.alert(responder, Channel.SMS);
        NotificationRequested lost = People.alert(responder, Channel.VOICE);

        phones.crashNotification();
        Instant crashedAt = Instant.now().minusSeconds(30);
        sendingWhenItCrashed(taken, crashedAt);
        sendingWhenItCrashed(lost, crashedAt);
        Message twilioHasIt = Message.creator(new PhoneNumber(phone), new PhoneNumber(LocalPhones.CENTINELA_NUMBER),
                        "CENTINELA alerta ALTA " + taken.alertCode() + ": Responde OK " + taken.alertCode())
                .create(TwilioRestClients.create("AC0123456789abcdef0123456789abcdef", "5a9d1e0c7b3f4e2a8c6d0b1f2e3a4c5d",
                        Optional.of("http://127.0.0.1:" + phones.sandboxPort())));
        Instant restarted = Instant.now();
        phones.startNotification();

        await().atMost(PATIENCE).until(() -> "QUEUED".equals(LocalPhones.delivery(taken.idempotencyKey()).get("status")));
        await().atMost(PATIENCE).until(() -> phones.callsTo(phone).size() == 1);
        assertThat(LocalPhones.delivery(taken.idempotencyKey())).containsEntry("provider_id", twilioHasIt.getSid());
        assertThat(phones.messagesTo(phone)).as("no second SMS").hasSize(1);

        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.NOTIFICATIONS_STATUS, restarted)
                .until(r -> false, Duration.ofSeconds(5));
        List<NotificationStatus> statuses = seen.stream().filter(r -> taken.alertId().toString().equals(r.key()))
                .map(r -> EventJson.read(r.value(), NotificationStatus.class)).toList();
        assertThat(statuses).extracting(NotificationStatus::status).first().isEqualTo(DeliveryStatus.QUEUED);
        assertThat(statuses.get(0).providerId()).isEqualTo(twilioHasIt.getSid());
        assertThat(phones.callsTo(phone)).hasSize(1);
    }

    /** The record a crash leaves of an attempt that started at {@code startedAt}: taken, never answered. */
    private static void sendingWhenItCrashed(NotificationRequested request, Instant startedAt) {
        Step step = AcceptRequests.step(request);
        LocalPhones.execute("INSERT INTO notification_delivery (idempotency_key, delivery_id, alert_id, alert_code,"
                        + " person_id, channel, purpose, grade, level, round, priority, status, attempts, attempt_started_at,"
                        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'SENDING', 1, ?, ?, ?)",
                step.idempotencyKey(), step.deliveryId(), step.alertId(), step.alertCode(), step.personId(),
                step.channel().name(), step.purpose().name(), step.grade().name(), step.level(), step.round(),
                step.priority(), Timestamp.from(startedAt), Timestamp.from(startedAt), Timestamp.from(startedAt));
    }
}
