package org.centinela.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.alert.AlertBrief;
import org.centinela.contracts.kafka.CloudEventAttributes;
import org.centinela.contracts.kafka.CloudEventHeaders;
import org.centinela.contracts.notification.Channel;
import org.centinela.contracts.notification.NotificationRequested;

/**
 * The packaged notification and the packaged Twilio sandbox, each run by the tests on a free port of its
 * own (so that a running {@code make run} is never touched), against the local stack's Kafka, PostgreSQL
 * and GreenMail. The sandbox calls notification back at its real port, signed as Twilio signs.
 * Notification reads its requests from a topic of its own ({@link #request}); everything else — people,
 * statuses, responses — travels on the contract's topics.
 */
public final class LocalPhones implements AutoCloseable {

    public static final Path NOTIFICATION_JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    public static final Path SANDBOX_JAR = Path.of("../../deploy/local/twilio-sandbox/target/quarkus-app/quarkus-run.jar");
    public static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/centinela_notification_test";
    public static final String BOOTSTRAP = System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092");
    public static final String CENTINELA_NUMBER = "+15005550006";
    /** Generous: on a loaded 2-core machine a Quarkus app has been seen to take 90 s to start. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    private final int sandboxPort = freePort();
    private final int sandboxManagementPort = freePort();
    private final int notificationPort = freePort();
    private final int notificationManagementPort = freePort();
    private final String requestsTopic = "notifications.requested.it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String briefsTopic = "alerts.briefs.it-" + UUID.randomUUID().toString().substring(0, 8);
    private final Map<String, String> notificationSettings;
    private Process sandbox;
    private Process notification;

    private LocalPhones(Map<String, String> notificationSettings) {
        this.notificationSettings = notificationSettings;
    }

    /** Starts the sandbox and notification (with {@code settings} on top of its {@code it} profile), both ready. */
    public static LocalPhones start(Map<String, String> settings) {
        forgetEarlierRuns();
        LocalPhones phones = new LocalPhones(settings);
        // Whatever happens to the tests, the apps they started do not outlive them.
        Runtime.getRuntime().addShutdownHook(new Thread(phones::close));
        try {
            phones.startSandbox();
            phones.startNotification();
        } catch (RuntimeException | Error e) {
            phones.close();
            throw e;
        }
        return phones;
    }

    public static LocalPhones start() {
        return start(Map.of());
    }

    /**
     * Asks this notification for {@code request}: on a requests topic of its own, because other
     * notifications may run on the same broker (a {@code make run}, another suite) and would send the same
     * request through their own providers, and publish statuses for it, too.
     */
    public void request(NotificationRequested request) {
        requests(List.of(request));
    }

    /** Asks for all of {@code requests} through one producer, in their order. */
    public void requests(List<NotificationRequested> requests) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            requests.forEach(request -> producer.send(record(requestsTopic, request)));
        }
    }

    /**
     * Gives this notification the alert's {@code brief}, on a briefs topic of its own (briefs are personal data:
     * the tests' stay off the contract's topic).
     */
    public void brief(AlertBrief brief) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(record(briefsTopic, brief));
        }
    }

    /** The alert is over: a tombstone for its brief. */
    public void briefOver(UUID alertId) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(briefsTopic, alertId.toString(), null));
        }
    }

    public String notificationUrl() {
        return "http://127.0.0.1:" + notificationPort;
    }

    public RequestSpecification sandbox() {
        return given().baseUri("http://127.0.0.1:" + sandboxPort).contentType("application/json");
    }

    public RequestSpecification notification() {
        return given().baseUri(notificationUrl());
    }

    /**
     * Empties the test database: deliveries an earlier run left waiting for a retry would otherwise be sent
     * through this run's sandbox, and take the faults the tests plan.
     */
    private static void forgetEarlierRuns() {
        for (String table : List.of("notification_delivery", "ack_link", "call_keypress", "outbox_event", "alert_brief",
                "brief_link")) {
            try {
                execute("DELETE FROM " + table);
            } catch (IllegalStateException notMigratedYet) {
                // the first start migrates the schema: nothing to forget
            }
        }
    }

    /** Forgets every message, call and planned fault of the sandbox. */
    public void resetSandbox() {
        sandbox().when().delete("/sandbox").then().statusCode(204);
    }

    /**
     * The next {@code count} requests of {@code channel} to {@code phone} fail as {@code mode} says; requests to other
     * numbers (a late retry of an earlier test, say) leave the fault for hers.
     */
    public void fault(String phone, Channel channel, String mode, int count) {
        sandbox().body(Map.of("channel", channel.name(), "mode", mode, "count", count, "to", phone)).when()
                .post("/sandbox/faults").then().statusCode(202);
    }

    public List<Map<String, Object>> messagesTo(String phone) {
        return sandbox().queryParam("to", phone).when().get("/sandbox/messages").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    public List<Map<String, Object>> callsTo(String phone) {
        return sandbox().queryParam("to", phone).when().get("/sandbox/calls").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    public int sandboxPort() {
        return sandboxPort;
    }

    /** Kills notification as a crash would (kill -9). */
    public void crashNotification() throws InterruptedException {
        notification.destroyForcibly().waitFor();
    }

    public void startNotification() {
        notification = start("notification", NOTIFICATION_JAR, notificationCommand());
        ready("notification", notificationManagementPort);
        readsRequests();
    }

    /** How a notification that was not to start ended: its exit code and what it logged. */
    public record Refused(int exitCode, String log) {
    }

    /**
     * Starts notification alone (no sandbox), with {@code settings} on top of its {@code it} profile, for a start
     * that must fail, and waits for it to stop by itself. One still running after the patience is stopped, and
     * fails the test.
     */
    public static Refused refusedStart(Map<String, String> settings) throws IOException, InterruptedException {
        String name = "notification-refused";
        Files.deleteIfExists(log(name));
        Process process = start(name, NOTIFICATION_JAR, new LocalPhones(settings).notificationCommand());
        if (!process.waitFor(PATIENCE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("notification started and kept running");
        }
        return new Refused(process.exitValue(), Files.readString(log(name)));
    }

    private List<String> notificationCommand() {
        List<String> command = new ArrayList<>(List.of("java", "-Xmx256m", "-Dquarkus.profile=it",
                "-Dmp.messaging.incoming.requests.topic=" + requestsTopic,
                "-Dmp.messaging.incoming.requests.auto.offset.reset=earliest",
                "-Dmp.messaging.incoming.briefs.topic=" + briefsTopic,
                "-Dquarkus.http.host=127.0.0.1", "-Dquarkus.http.port=" + notificationPort,
                "-Dquarkus.management.port=" + notificationManagementPort,
                "-Dtwilio.base-url=http://127.0.0.1:" + sandboxPort,
                "-Dtwilio.webhook-base-url=" + notificationUrl(),
                "-Dnotification.public-base-url=" + notificationUrl()));
        notificationSettings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", NOTIFICATION_JAR.toString()));
        return command;
    }

    private void startSandbox() {
        sandbox = start("twilio-sandbox", SANDBOX_JAR, List.of("java", "-Xmx192m", "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + sandboxPort, "-Dquarkus.management.port=" + sandboxManagementPort,
                "-Dsandbox.progress-step=PT0.1S", "-Dsandbox.answer-wait=PT20S",
                "-Dsandbox.timeout-hold=PT3S", "-Dsandbox.inbound-sms-url=http://127.0.0.1:9/nothing",
                "-jar", SANDBOX_JAR.toString()));
        ready("twilio-sandbox", sandboxManagementPort);
    }

    /** Notification reads its requests: a request is published until one is recorded. */
    private void readsRequests() {
        String probe = "probe-" + UUID.randomUUID();
        publish(People.responder(probe, People.uniquePhone(), null, "es"));
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).until(() -> {
            request(People.alert(probe, Channel.SMS));
            Thread.sleep(500);
            return count("SELECT count(*) FROM notification_delivery WHERE person_id = ?", probe) > 0;
        });
    }

    private static Process start(String name, Path jar, List<String> command) {
        assertThat(jar).as("the packaged %s (mvn package)", name).exists();
        try {
            Files.createDirectories(log(name).getParent());
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(name).toFile())).start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name, e);
        }
    }

    private static Path log(String name) {
        return Path.of("target").resolve("it-" + name + ".log");
    }

    /** Ready: {@code /q/health/ready} of the management interface on {@code managementPort} answers 200. */
    private static void ready(String name, int managementPort) {
        await().alias(name + " ready").atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> given().baseUri("http://127.0.0.1:" + managementPort).when().get("/q/health/ready")
                        .statusCode() == 200);
    }

    @Override
    public void close() {
        for (Process process : new Process[] {notification, sandbox}) {
            if (process != null && process.isAlive()) {
                process.destroy();
                try {
                    if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                        process.destroyForcibly();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    process.destroyForcibly();
                }
            }
        }
    }

    /** Publishes {@code event} on its topic with its key and CloudEvents headers, as escalation does. */
    public static void publish(CentinelaEvent event) {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(record(event.topic(), event));
        }
    }

    private static ProducerRecord<String, byte[]> record(String topic, CentinelaEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.key(), EventJson.write(event));
        CloudEventHeaders.write(record.headers(), new CloudEventAttributes(UUID.randomUUID().toString(),
                "/centinela/escalation", event.cloudEventType(), Instant.now()));
        return record;
    }

    private static KafkaProducer<String, byte[]> producer() {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer());
    }

    /** The delivery row of an idempotency key, column by column; empty when there is none. */
    public static Map<String, Object> delivery(String idempotencyKey) {
        try (Connection connection = DriverManager.getConnection(DATABASE, "centinela", "centinela");
                PreparedStatement select = connection.prepareStatement(
                        "SELECT * FROM notification_delivery WHERE idempotency_key = ?")) {
            select.setString(1, idempotencyKey);
            try (ResultSet row = select.executeQuery()) {
                Map<String, Object> columns = new LinkedHashMap<>();
                if (row.next()) {
                    for (int i = 1; i <= row.getMetaData().getColumnCount(); i++) {
                        columns.put(row.getMetaData().getColumnName(i), row.getObject(i));
                    }
                }
                return columns;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(DATABASE, "centinela", "centinela");
                PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setObject(i + 1, parameters[i]);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static int execute(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(DATABASE, "centinela", "centinela");
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
