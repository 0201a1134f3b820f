package org.centinela.escalation.adapter.out.kafka;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.centinela.contracts.Topics;
import org.centinela.escalation.application.DirectoryTopic;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** {@link DirectoryTopic} by the latest offset of each of its partitions, asked of the broker's admin API. */
@ApplicationScoped
public class KafkaDirectoryTopic implements DirectoryTopic {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final String bootstrapServers;
    private final String topic;

    @Inject
    public KafkaDirectoryTopic(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this(bootstrapServers, Topics.DIRECTORY_PEOPLE);
    }

    KafkaDirectoryTopic(String bootstrapServers, String topic) {
        this.bootstrapServers = bootstrapServers;
        this.topic = topic;
    }

    /** @throws IllegalStateException when the broker does not answer in time */
    @Override
    public boolean neverWritten() {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "escalation-directory-check",
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) PATIENCE.toMillis()))) {
            TopicDescription description = admin.describeTopics(Set.of(topic)).allTopicNames()
                    .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            Map<TopicPartition, OffsetSpec> latest = description.partitions().stream()
                    .collect(Collectors.toMap(p -> new TopicPartition(topic, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS).values().stream()
                    .allMatch(offset -> offset.offset() == 0);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return true;
            }
            throw new IllegalStateException("could not read the offsets of " + topic + ": " + e.getCause(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the broker did not tell the offsets of " + topic + " in time", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
