package org.centinela.directorycopy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.centinela.contracts.Topics;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: a service is not ready until its copy of the directory holds everything that was on
 * {@code directory.people} when it started; before that, a person not read yet would look unknown (intake
 * would take a defender's SOS for an unknown number's, notification could not reach a responder). The end
 * offsets are read once from the broker, then compared with what was consumed. Turned off with
 * {@code centinela.directory.wait-for-load=false} (tests on the in-memory connector).
 */
@Readiness
@ApplicationScoped
public class DirectoryLoad implements HealthCheck {

    private final String bootstrapServers;
    private final boolean waitForLoad;
    private final Map<Integer, Long> consumed = new ConcurrentHashMap<>();
    private volatile Map<Integer, Long> endAtStart;
    private volatile boolean loaded;

    public DirectoryLoad(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "centinela.directory.wait-for-load", defaultValue = "true") boolean waitForLoad) {
        this.bootstrapServers = bootstrapServers;
        this.waitForLoad = waitForLoad;
    }

    void consumed(int partition, long offset) {
        consumed.merge(partition, offset, Math::max);
    }

    /** Whether the directory is loaded (always, when not waiting for it). */
    public boolean loaded() {
        return !waitForLoad || loaded || call().getStatus() == HealthCheckResponse.Status.UP;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("Directory loaded from " + Topics.DIRECTORY_PEOPLE);
        if (!waitForLoad || loaded) {
            return response.up().build();
        }
        try {
            Map<Integer, Long> end = endAtStart();
            loaded = end.entrySet().stream()
                    .allMatch(partition -> partition.getValue() == 0
                            || consumed.getOrDefault(partition.getKey(), -1L) >= partition.getValue() - 1);
            return response.status(loaded).withData("partitions", end.size()).build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "end offsets not read yet").build();
        }
    }

    private Map<Integer, Long> endAtStart() {
        if (endAtStart == null) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
                var partitions = admin.describeTopics(List.of(Topics.DIRECTORY_PEOPLE)).allTopicNames()
                        .get().get(Topics.DIRECTORY_PEOPLE).partitions();
                Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(
                        p -> new TopicPartition(Topics.DIRECTORY_PEOPLE, p.partition()), p -> OffsetSpec.latest()));
                endAtStart = admin.listOffsets(latest).all().get().entrySet().stream()
                        .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
            } catch (Exception e) {
                throw new IllegalStateException("could not read the end offsets of " + Topics.DIRECTORY_PEOPLE, e);
            }
        }
        return endAtStart;
    }
}
