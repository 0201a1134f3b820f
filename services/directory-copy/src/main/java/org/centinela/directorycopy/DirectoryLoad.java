package org.centinela.directorycopy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
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
 * Readiness: a service is not ready until its copy of the directory has caught up with {@code directory.people};
 * before that, a person not read yet would look unknown (intake would take a defender's SOS or duress PIN for an
 * unknown number's, notification could not reach a responder). Caught up means: everything up to the topic's end
 * offsets, read again (at most every {@link #READ_END_EVERY}) until the copy has reached them. Reading them only once,
 * at the first check, would let a replica that took a minute to start declare itself loaded without a person enrolled
 * during that minute. Once loaded, it stays so. Turned off with {@code centinela.directory.wait-for-load=false} (tests
 * on the in-memory connector).
 */
@Readiness
@ApplicationScoped
public class DirectoryLoad implements HealthCheck {

    static final Duration READ_END_EVERY = Duration.ofSeconds(1);

    private final boolean waitForLoad;
    private final Supplier<Map<Integer, Long>> endOffsets;
    private final LongSupplier nanoTime;
    private final Map<Integer, Long> consumed = new ConcurrentHashMap<>();
    private Map<Integer, Long> end;
    private long endReadAt;
    private volatile boolean loaded;

    @Inject
    public DirectoryLoad(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "centinela.directory.wait-for-load", defaultValue = "true") boolean waitForLoad) {
        this(waitForLoad, () -> endOffsets(bootstrapServers), System::nanoTime);
    }

    /** {@code endOffsets} reads the topic's end offsets by partition as they are now. */
    DirectoryLoad(boolean waitForLoad, Supplier<Map<Integer, Long>> endOffsets, LongSupplier nanoTime) {
        this.waitForLoad = waitForLoad;
        this.endOffsets = endOffsets;
        this.nanoTime = nanoTime;
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
            Map<Integer, Long> target = latestEnd();
            loaded = target.entrySet().stream()
                    .allMatch(partition -> partition.getValue() == 0
                            || consumed.getOrDefault(partition.getKey(), -1L) >= partition.getValue() - 1);
            return response.status(loaded).withData("partitions", target.size()).build();
        } catch (RuntimeException e) {
            return response.down().withData("reason", "end offsets not read yet").build();
        }
    }

    /** The end offsets read last, read again when they are older than {@link #READ_END_EVERY}. */
    private synchronized Map<Integer, Long> latestEnd() {
        long now = nanoTime.getAsLong();
        if (end == null || now - endReadAt >= READ_END_EVERY.toNanos()) {
            end = endOffsets.get();
            endReadAt = now;
        }
        return end;
    }

    private static Map<Integer, Long> endOffsets(String bootstrapServers) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000))) {
            var partitions = admin.describeTopics(List.of(Topics.DIRECTORY_PEOPLE)).allTopicNames()
                    .get().get(Topics.DIRECTORY_PEOPLE).partitions();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream().collect(Collectors.toMap(
                    p -> new TopicPartition(Topics.DIRECTORY_PEOPLE, p.partition()), p -> OffsetSpec.latest()));
            return admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().partition(), e -> e.getValue().offset()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the end offsets of " + Topics.DIRECTORY_PEOPLE, e);
        } catch (Exception e) {
            throw new IllegalStateException("could not read the end offsets of " + Topics.DIRECTORY_PEOPLE, e);
        }
    }
}
