package org.centinela.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.loops.BackgroundLoop;
import org.centinela.loops.Retry;
import org.centinela.loops.RunningLoops;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Relays the outbox to Kafka: right after a transaction that appended to it commits ({@link JdbcOutbox}
 * wakes it), and every {@code centinela.outbox.poll-every} as a safety net, on the background loop
 * {@code outbox-relay}, which survives any failure of a batch. Rows are taken in the order
 * they were appended, sent with their key and CloudEvents headers (source {@code /centinela/<application
 * name>}), and marked published only once the broker confirmed them all; while the broker is down they
 * simply stay, and go out when it is back. A producer that failed for good (fenced, out of sequence, left in a
 * fatal state) is closed, and a new one relays the batch again. One replica relays at a time (a PostgreSQL
 * advisory lock), so the events of one key keep their order across replicas. Published rows are deleted after
 * {@code centinela.outbox.keep-published}: the outbox is no archive of personal data. Each pass first counts the
 * rows waiting and the age of the oldest ({@link OutboxBacklog}), so the metrics say how far behind the relay is.
 */
@ApplicationScoped
public class OutboxRelay {

    /** Rows read, sent and confirmed together. */
    static final int BATCH = 500;
    /** Another replica holds the relay lock. */
    private static final int BUSY = -1;
    /** The advisory lock key of the relay in the service's database (the bytes of "outbox"). */
    private static final long RELAY_LOCK = 0x6f7574626f78L;
    private static final Duration BUSY_RETRY = Duration.ofMillis(50);
    private static final String KAFKA_PREFIX = "kafka.";
    private static final String LOOP = "outbox-relay";
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final DataSource dataSource;
    private final RunningLoops loops;
    private final Config config;
    private final String source;
    private final String clientId;
    private final Duration deliveryTimeout;
    private final boolean enabled;
    private final Duration keepPublished;
    private final Duration pollEvery;
    private final Function<Properties, Producer<String, byte[]>> producers;
    private final OutboxBacklog backlog;
    private volatile Producer<String, byte[]> producer;
    private volatile BackgroundLoop loop;

    @Inject
    public OutboxRelay(DataSource dataSource, RunningLoops loops, MeterRegistry registry, Config config,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "centinela.outbox.delivery-timeout", defaultValue = "PT5S") Duration deliveryTimeout,
            @ConfigProperty(name = "centinela.outbox.relay-enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "centinela.outbox.keep-published", defaultValue = "PT1H") Duration keepPublished,
            @ConfigProperty(name = "centinela.outbox.poll-every", defaultValue = "1s") Duration pollEvery) {
        this(dataSource, loops, registry, config, applicationName, deliveryTimeout, enabled, keepPublished, pollEvery,
                properties -> new KafkaProducer<>(properties, new StringSerializer(), new ByteArraySerializer()));
    }

    OutboxRelay(DataSource dataSource, RunningLoops loops, MeterRegistry registry, Config config, String applicationName,
            Duration deliveryTimeout, boolean enabled, Duration keepPublished, Duration pollEvery,
            Function<Properties, Producer<String, byte[]>> producers) {
        this.dataSource = dataSource;
        this.loops = loops;
        this.config = config;
        this.source = "/centinela/" + applicationName;
        this.clientId = applicationName + "-outbox-relay";
        this.deliveryTimeout = deliveryTimeout;
        this.enabled = enabled;
        this.keepPublished = keepPublished;
        this.pollEvery = pollEvery;
        this.producers = producers;
        this.backlog = new OutboxBacklog(registry, applicationName, Clock.systemUTC());
    }

    void start(@Observes StartupEvent started) {
        if (!enabled) {
            return;
        }
        loop = loops.start(LOOP, Retry.every(pollEvery), this::relayNext);
    }

    /**
     * Every {@code kafka.*} setting of the service (bootstrap servers, and in production its security
     * settings), then what the relay needs: every record confirmed by all in-sync replicas, exactly once
     * per send, sent at once.
     */
    private Properties producerConfig() {
        Properties properties = new Properties();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(KAFKA_PREFIX)) {
                config.getOptionalValue(name, String.class)
                        .ifPresent(value -> properties.put(name.substring(KAFKA_PREFIX.length()), value));
            }
        }
        properties.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        properties.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        int timeout = (int) deliveryTimeout.toMillis();
        properties.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        properties.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2);
        properties.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2);
        return properties;
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (loop != null) {
            loop.stop();
            loop.awaitStopped(deliveryTimeout);
        }
        if (producer != null) {
            producer.close(deliveryTimeout);
        }
    }

    /** Relays soon, on the relay's own thread; calls while a relay is pending add nothing. */
    public void wake() {
        BackgroundLoop relaying = loop;
        if (relaying != null) {
            relaying.wake();
        }
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

    /**
     * One pass of the relay: one batch, then the next at once if the batch was full, soon if another
     * replica relays, otherwise at the next poll or wake-up. A failed batch stays in the outbox and is
     * tried again then.
     */
    Duration relayNext() throws SQLException {
        int relayed = relayBatch();
        if (relayed == BUSY) {
            return BUSY_RETRY;
        }
        return relayed == BATCH ? Duration.ZERO : pollEvery;
    }

    /** Sends one batch and marks it published: how many rows it held, or {@link #BUSY}. */
    private int relayBatch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!relayLock(connection)) {
                    connection.rollback();
                    backlog.notRelaying();
                    return BUSY;
                }
                measureBacklog(connection);
                List<UUID> sent = send(connection);
                if (!sent.isEmpty()) {
                    markPublished(connection, sent);
                }
                connection.commit();
                return sent.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                brokeTheProducer(e).ifPresent(this::replaceProducer);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    /**
     * The Kafka error, when the producer itself failed for good: one that is not retriable (the client recovers from
     * those by itself) leaves an idempotent producer fenced, out of sequence or in a fatal state, refusing later sends.
     */
    static Optional<KafkaException> brokeTheProducer(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetriableException) {
                return Optional.empty();
            }
            if (cause instanceof KafkaException kafka) {
                return Optional.of(kafka);
            }
        }
        return Optional.empty();
    }

    private void replaceProducer(KafkaException failure) {
        LOG.warnf("the outbox relay's producer failed for good (%s); relaying with a new one",
                failure.getClass().getName());
        Producer<String, byte[]> broken = producer;
        producer = null;
        if (broken != null) {
            broken.close(Duration.ZERO);
        }
    }

    /** The relay's producer, made on first use (on the relay's thread). */
    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.apply(producerConfig());
        }
        return producer;
    }

    /** Takes the relay's lock for this transaction, unless another replica holds it. */
    private static boolean relayLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** Counts the rows waiting and finds when the oldest was appended: one look at the index of unpublished rows. */
    private void measureBacklog(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*), min(created_at)"
                + " FROM outbox_event WHERE published_at IS NULL");
                ResultSet result = count.executeQuery()) {
            result.next();
            Timestamp oldest = result.getTimestamp(2);
            backlog.saw(result.getLong(1), oldest == null ? null : oldest.toInstant());
        }
    }

    private List<UUID> send(Connection connection) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, topic, event_key, event_type,"
                + " payload::text, created_at FROM outbox_event WHERE published_at IS NULL"
                + " ORDER BY sequence LIMIT " + BATCH);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                OutboxEntry entry = new OutboxEntry(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5), rows.getTimestamp(6).toInstant());
                acks.add(producer().send(entry.toRecord(source)));
                ids.add(entry.id());
            }
        }
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get(deliveryTimeout.toMillis() * 2, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while relaying", e);
            } catch (ExecutionException | TimeoutException e) {
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
