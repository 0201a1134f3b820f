package org.centinela.intake.adapter.out.kafka;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.kafka.CloudEventAttributes;
import org.centinela.contracts.kafka.CloudEventHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Relays the outbox to Kafka: right after a signal is accepted ({@link #wake()}), and every poll as a
 * safety net. Rows are taken in acceptance order with {@code FOR UPDATE SKIP LOCKED}, sent with their
 * key and CloudEvents headers, and marked published only once the broker confirmed them all; while the
 * broker is down they simply stay, and go out when it is back. Published rows are deleted after a while:
 * the outbox is not an archive of what defenders wrote.
 */
@ApplicationScoped
public class OutboxRelay {

    static final String SOURCE = "/centinela/intake";
    private static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final DataSource dataSource;
    private final String bootstrapServers;
    private final Duration deliveryTimeout;
    private final boolean enabled;
    private final Duration keepPublished;
    private final ExecutorService relayThread = Executors.newSingleThreadExecutor(r -> new Thread(r, "outbox-relay"));
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private KafkaProducer<String, byte[]> producer;

    public OutboxRelay(DataSource dataSource,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "intake.kafka.delivery-timeout") Duration deliveryTimeout,
            @ConfigProperty(name = "intake.outbox.relay-enabled") boolean enabled,
            @ConfigProperty(name = "intake.outbox.keep-published") Duration keepPublished) {
        this.dataSource = dataSource;
        this.bootstrapServers = bootstrapServers;
        this.deliveryTimeout = deliveryTimeout;
        this.enabled = enabled;
        this.keepPublished = keepPublished;
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "intake-outbox-relay");
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int timeout = (int) deliveryTimeout.toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2);
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2);
        producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
        wake();
    }

    void stop(@Observes ShutdownEvent stopping) {
        relayThread.shutdown();
        try {
            relayThread.awaitTermination(deliveryTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(deliveryTimeout);
        }
    }

    /** Relays soon, on the relay's own thread; calls while a relay is pending add nothing. */
    public void wake() {
        if (enabled && producer != null && !relayThread.isShutdown() && scheduled.compareAndSet(false, true)) {
            try {
                relayThread.execute(this::drain);
            } catch (RejectedExecutionException stopping) {
                scheduled.set(false);
            }
        }
    }

    @Scheduled(every = "${intake.outbox.poll-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    @Scheduled(every = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetPublished() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM outbox_event WHERE published_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(Instant.now().minus(keepPublished)));
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("could not delete published outbox rows: %s", e.getMessage());
        }
    }

    private void drain() {
        scheduled.set(false);
        try {
            while (relayBatch() == BATCH) {
                LOG.debug("outbox: another batch");
            }
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("outbox not relayed yet, will retry: %s", e.getMessage());
        }
    }

    /** Sends one batch and marks it published; how many rows it held. */
    private int relayBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<UUID> sent = send(connection);
                if (!sent.isEmpty()) {
                    markPublished(connection, sent);
                }
                connection.commit();
                return sent.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private List<UUID> send(Connection connection) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, topic, event_key, event_type,"
                + " payload::text, created_at FROM outbox_event WHERE published_at IS NULL"
                + " ORDER BY sequence LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                UUID id = rows.getObject(1, UUID.class);
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(rows.getString(2), rows.getString(3),
                        rows.getString(5).getBytes(StandardCharsets.UTF_8));
                CloudEventHeaders.write(record.headers(), new CloudEventAttributes(id.toString(), SOURCE,
                        rows.getString(4), rows.getTimestamp(6).toInstant()));
                acks.add(producer.send(record));
                ids.add(id);
            }
        }
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(deliveryTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while relaying", e);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("the broker did not confirm: " + e.getMessage(), e);
            }
        }
        return ids;
    }

    private static void markPublished(Connection connection, List<UUID> ids) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE outbox_event SET published_at = now() WHERE id = ANY (?)")) {
            Array array = connection.createArrayOf("uuid", ids.toArray());
            update.setArray(1, array);
            update.executeUpdate();
        }
    }
}
