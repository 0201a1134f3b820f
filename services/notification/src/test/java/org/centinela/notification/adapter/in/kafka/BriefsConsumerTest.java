package org.centinela.notification.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.alert.BriefDisclosure;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationPurpose;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.contracts.signal.Grade;
import org.centinela.notification.AlertBriefs;
import org.centinela.notification.BriefsTopic;
import org.centinela.notification.NotificationDatabase;
import org.centinela.notification.People;
import org.centinela.notification.TestNetwork;
import org.centinela.notification.application.Briefs;
import org.centinela.notification.domain.Delivery;
import org.centinela.notification.domain.KnownBrief;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** alerts.briefs through the in-memory connector, with the record's key as Kafka gives it, on the real test database. */
@QuarkusTest
class BriefsConsumerTest {

    @Inject
    @Any
    InMemoryConnector connector;
    @Inject
    TestNetwork network;
    @Inject
    Briefs briefs;

    private InMemorySink<byte[]> deadLetters;
    private NotificationDatabase database;
    private UUID alert;

    @BeforeEach
    void clear() {
        network.reset();
        database = network.database();
        deadLetters = connector.sink(BriefsConsumer.DEAD_LETTERS);
        deadLetters.clear();
        alert = UUID.randomUUID();
    }

    @Test
    void theHighestVersionIsKeptAndAnOlderOneOrARedeliveryChangesNothing() {
        publish(AlertBriefs.marta(alert, "4821", 1));
        await().atMost(Duration.ofSeconds(10)).until(() -> version() == 1);

        AlertBrief third = AlertBriefs.marta(alert, "4821", 3);
        publish(third);
        publish(AlertBriefs.brief(alert, "4821", 2, "Otra", null, List.of(), List.of()));
        publish(AlertBriefs.brief(alert, "4821", 3, "Otra", null, List.of(), List.of()));
        AlertBrief marker = AlertBriefs.marta(UUID.randomUUID(), "4822", 1);
        publish(marker);
        await().atMost(Duration.ofSeconds(10)).until(() -> briefs.find(marker.alertId()).brief().isPresent());

        assertThat(version()).isEqualTo(3);
        assertThat(briefs.find(alert).latest()).as("read back whole").isEqualTo(third);
        assertThat(deadLetters.received()).isEmpty();
    }

    @Test
    void aTombstoneErasesTheBriefAndTheAlertStaysOver() {
        publish(AlertBriefs.marta(alert, "4821", 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> version() == 2);

        tombstone(alert.toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> briefs.find(alert).over());
        publish(AlertBriefs.marta(alert, "4821", 5));
        AlertBrief marker = AlertBriefs.marta(UUID.randomUUID(), "4822", 1);
        publish(marker);
        await().atMost(Duration.ofSeconds(10)).until(() -> briefs.find(marker.alertId()).brief().isPresent());

        assertThat(briefs.find(alert)).isEqualTo(KnownBrief.ended());
        Map<String, Object> row = database.row("SELECT brief, version FROM alert_brief WHERE alert_id = ?", alert);
        assertThat(row).containsEntry("brief", null).containsEntry("version", 2L);
    }

    @Test
    void aTombstoneForAnAlertNeverSeenStillMarksItOver() {
        tombstone(alert.toString());

        await().atMost(Duration.ofSeconds(10)).until(() -> briefs.find(alert).over());
    }

    @Test
    void aBriefMakesTheDeliveriesThatWaitedForItDueAtOnce() {
        NotificationRequested request = NotificationRequested.of(alert, "4821", "responder-1", Channel.SMS,
                NotificationPurpose.BRIEF, Grade.HIGH, 1, 0, Instant.now(), BriefDisclosure.ON_CONTACT, 1);
        network.accept(request);
        Timestamp later = Timestamp.from(Instant.now().plusSeconds(20));
        database.execute("UPDATE notification_delivery SET error_code = ?, next_attempt_at = ? WHERE idempotency_key = ?",
                Delivery.AWAITING_BRIEF, later, request.idempotencyKey());

        publish(AlertBriefs.marta(alert, "4821", 1));

        await().atMost(Duration.ofSeconds(10)).until(() -> ((Timestamp) database.delivery(request.idempotencyKey())
                .get("next_attempt_at")).toInstant().isBefore(Instant.now().plusSeconds(1)));
    }

    @Test
    void whatIsNotABriefGoesToTheDeadLetterTopicWithItsReasonAndTheNextIsRead() {
        byte[] garbage = "{\"schemaVersion\":1,\"alertId\":\"x\"}".getBytes(StandardCharsets.UTF_8);
        AlertBrief underAnotherKey = AlertBriefs.marta(alert, "4821", 1);

        send(UUID.randomUUID().toString(), garbage);
        send(UUID.randomUUID().toString(), EventJson.write(underAnotherKey));
        tombstone("not-an-alert-id");
        AlertBrief next = AlertBriefs.marta(UUID.randomUUID(), "4822", 1);
        publish(next);

        await().atMost(Duration.ofSeconds(10)).until(() -> deadLetters.received().size() == 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> briefs.find(next.alertId()).brief().isPresent());
        assertThat(deadLetters.received().get(0).getPayload()).isEqualTo(garbage);
        assertThat(reason(deadLetters.received().get(1))).contains("key");
        assertThat(reason(deadLetters.received().get(2))).contains("tombstone");
        assertThat(briefs.find(alert).brief()).isEmpty();
    }

    private long version() {
        return briefs.find(alert).brief().map(AlertBrief::version).orElse(0L);
    }

    private void publish(AlertBrief brief) {
        BriefsTopic.publish(connector, brief);
    }

    private void tombstone(String key) {
        send(key, null);
    }

    private void send(String key, byte[] value) {
        BriefsTopic.send(connector, key, value);
    }

    private static String reason(Message<byte[]> deadLetter) {
        return deadLetter.getMetadata(io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata.class)
                .map(metadata -> new String(metadata.getHeaders().lastHeader("dead-letter-reason").value(),
                        StandardCharsets.UTF_8))
                .orElseThrow();
    }
}
