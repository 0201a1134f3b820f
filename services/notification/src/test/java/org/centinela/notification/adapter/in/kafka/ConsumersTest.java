package org.centinela.notification.adapter.in.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.memory.InMemoryConnector;
import io.smallrye.reactive.messaging.memory.InMemorySink;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationRequested;
import org.centinela.notification.NotificationDatabase;
import org.centinela.notification.People;
import org.centinela.notification.TestNetwork;
import org.centinela.directorycopy.DirectoryConsumer;
import org.centinela.notification.application.Directory;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** notifications.requested and directory.people through the in-memory connector, on the real test database. */
@QuarkusTest
class ConsumersTest {

    @Inject
    @Any
    InMemoryConnector connector;
    @Inject
    TestNetwork network;
    @Inject
    Directory directory;

    private InMemorySink<byte[]> deadLetters;
    private NotificationDatabase database;

    @BeforeEach
    void clear() {
        network.reset();
        database = network.database();
        deadLetters = connector.sink(RequestsConsumer.DEAD_LETTERS);
        deadLetters.clear();
    }

    @Test
    void aBatchOfRequestsIsRecordedAndWhatIsNoRequestGoesToTheDeadLetterTopic() {
        NotificationRequested first = People.alert("responder-1", Channel.SMS);
        NotificationRequested second = People.alert("responder-2", Channel.EMAIL);
        byte[] garbage = "{\"schemaVersion\":1,\"idempotencyKey\":\"x\"}".getBytes(StandardCharsets.UTF_8);

        connector.source(RequestsConsumer.CHANNEL).send(List.of(EventJson.write(first), garbage, EventJson.write(second)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !database.delivery(second.idempotencyKey()).isEmpty());
        assertThat(database.delivery(first.idempotencyKey())).containsEntry("status", "WAITING");
        await().atMost(Duration.ofSeconds(10)).until(() -> deadLetters.received().size() == 1);
        Message<byte[]> dead = deadLetters.received().get(0);
        assertThat(dead.getPayload()).isEqualTo(garbage);
    }

    @Test
    void aRedeliveredBatchRecordsNothingNew() {
        NotificationRequested request = People.alert("responder-1", Channel.SMS);

        connector.source(RequestsConsumer.CHANNEL).send(List.of(EventJson.write(request)));
        connector.source(RequestsConsumer.CHANNEL).send(List.of(EventJson.write(request)));

        await().atMost(Duration.ofSeconds(10)).until(() -> !database.delivery(request.idempotencyKey()).isEmpty());
        assertThat(database.execute("UPDATE notification_delivery SET attempts = attempts WHERE alert_id = ?",
                request.alertId())).isEqualTo(1);
    }

    @Test
    void theDirectoryKeepsHowToReachEachPersonAndNothingMore() {
        String phone = People.uniquePhone();
        connector.source(DirectoryConsumer.CHANNEL).send(EventJson.write(People.responder("resp-dir", phone, null, "en")));

        await().atMost(Duration.ofSeconds(10)).until(() -> directory.byId("resp-dir").isPresent());
        assertThat(directory.byId("resp-dir").get().phone()).isEqualTo(phone);
        assertThat(directory.byId("resp-dir").get().language()).isEqualTo("en");
        assertThat(directory.byId("resp-dir").get().toString()).doesNotContain(phone).doesNotContain("Ana");
    }
}
