package org.centinela.escalation.adapter.out.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** Whether a topic was ever written, asked of the local stack's real broker on topics of the test's own. */
class KafkaDirectoryTopicIT {

    private static final String BROKER = "127.0.0.1:9092";

    @Test
    void aNewTopicWasNeverWrittenAndOneRecordOnAnyPartitionChangesThat() throws Exception {
        String topic = "directory-check-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            KafkaDirectoryTopic directory = new KafkaDirectoryTopic(BROKER, topic);

            assertThat(directory.neverWritten()).isTrue();

            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
                producer.send(new ProducerRecord<>(topic, 2, "someone", "her snapshot")).get();
            }
            assertThat(directory.neverWritten()).isFalse();
        } finally {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BROKER))) {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    @Test
    void aTopicTheBrokerDoesNotHaveWasNeverWritten() {
        assertThat(new KafkaDirectoryTopic(BROKER, "directory-absent-" + UUID.randomUUID()).neverWritten()).isTrue();
    }

    @Test
    void aBrokerThatDoesNotAnswerIsAnErrorNotAnAnswer() {
        assertThatThrownBy(() -> new KafkaDirectoryTopic("127.0.0.1:1", "directory.people").neverWritten())
                .isInstanceOf(IllegalStateException.class);
    }
}
