package org.centinela.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.centinela.testing.PackagedApp;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole of Centinela as the system tests run it: the packaged intake, risk-scoring, escalation and
 * notification and the packaged Twilio sandbox, each on a free port of its own, on a database of its own
 * ({@code centinela_<service>_system}, emptied first) and on a Kafka broker of its own, wired to each other by
 * their settings, with the local stack's PostgreSQL, Keycloak and GreenMail. Nothing of a running
 * {@code make run} (its ports, databases and topics) is touched, and nothing it does reaches the tests.
 */
public final class Centinela implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    /** The apps of the system, with where each one is packaged and which database is its own. */
    public enum Service {
        TWILIO_SANDBOX("twilio-sandbox", "deploy/local/twilio-sandbox", null),
        INTAKE("intake", "services/intake", "centinela_intake_system"),
        RISK_SCORING("risk-scoring", "services/risk-scoring", "centinela_risk_scoring_system"),
        ESCALATION("escalation", "services/escalation", "centinela_escalation_system"),
        NOTIFICATION("notification", "services/notification", "centinela_notification_system");

        private final String app;
        private final String module;
        private final String database;

        Service(String app, String module, String database) {
            this.app = app;
            this.module = module;
            this.database = database;
        }

        String database() {
            return database;
        }
    }

    /** The JVM options of services.sh (make run), so that what the tests see is what runs there. */
    private static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx192m", "-XX:+UseSerialGC",
            "-Djava.net.preferIPv4Stack=true");

    private static final Duration WARM_UP_PATIENCE = Duration.ofSeconds(60);
    /** The least time between two updates of a brief to one person, in the system under test. */
    public static final Duration BRIEF_UPDATE_GAP = Duration.ofSeconds(10);

    private final Map<Service, PackagedApp> apps = new EnumMap<>(Service.class);
    private final Map<Service, Integer> ports = new EnumMap<>(Service.class);
    private final Map<Service, Integer> managementPorts = new EnumMap<>(Service.class);
    private final Thread stopOnExit = new Thread(this::stopAll, "centinela-system-stop");
    private volatile OwnBroker broker;

    private Centinela() {
        for (Service service : Service.values()) {
            ports.put(service, PackagedApp.freePort());
            managementPorts.put(service, PackagedApp.freePort());
        }
    }

    /** Empties the system databases, starts the system's own broker, then every app. */
    public static Centinela start() {
        Centinela centinela = new Centinela();
        Runtime.getRuntime().addShutdownHook(centinela.stopOnExit);
        try {
            for (Service service : Service.values()) {
                Files.deleteIfExists(Path.of("target", "system-" + service.app + ".log"));
                if (service.database() != null) {
                    SystemDatabase.empty(service.database());
                }
            }
            centinela.broker = OwnBroker.start();
            List<CompletableFuture<Void>> starting = centinela.settings().entrySet().stream()
                    .map(entry -> CompletableFuture.runAsync(() -> centinela.launch(entry.getKey(), entry.getValue())))
                    .toList();
            CompletableFuture.allOf(starting.toArray(CompletableFuture[]::new)).join();
            centinela.warmUp();
            return centinela;
        } catch (IOException e) {
            centinela.close();
            throw new UncheckedIOException("could not remove the logs of an earlier run", e);
        } catch (RuntimeException e) {
            centinela.close();
            throw e instanceof CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public String url(Service service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    public PackagedApp app(Service service) {
        return apps.get(service);
    }

    public Phones phones() {
        return new Phones(url(Service.TWILIO_SANDBOX));
    }

    /** Kills the app as a crash would (kill -9): no shutdown hook runs, nothing is flushed. */
    public void crash(Service service) {
        apps.get(service).kill();
    }

    /** Starts a crashed app again with the same settings, port and database, and waits until it is ready. */
    public PackagedApp.Restart restart(Service service) {
        return apps.get(service).restart();
    }

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run
        }
    }

    /**
     * One alarm through the whole chain before the tests run. The first request a fresh JVM serves loads classes,
     * compiles code and opens connections at every hop (about 2 s from SOS to SMS on this machine): the cost of a
     * start, not of the mechanism that the scenarios time.
     */
    private void warmUp() {
        Network network = new Network(this);
        Network.Responder contact = network.responder("Warm-up", "SMS", "VOICE");
        Network.Defender defender = network.defender("Warm-up", network.policy(Network.Level.of(
                network.group("warm-up", contact), 1, Duration.ofMinutes(5), null, "SMS", "VOICE")));
        Phones phones = phones();
        phones.text(defender.phone(), "SOS");
        phones.awaitSms(contact.phone(), sms -> true, WARM_UP_PATIENCE);
        phones.awaitCall(contact.phone(), call -> true, WARM_UP_PATIENCE);
        Alerts alerts = new Alerts(this);
        alerts.of(defender.id()).forEach(alert -> alerts.resolve(alert.id()));
    }

    private void stopAll() {
        synchronized (apps) {
            apps.values().forEach(PackagedApp::close);
        }
        if (broker != null) {
            broker.close();
        }
    }

    private void launch(Service service, Map<String, String> properties) {
        Path jar = SystemDatabase.ROOT.resolve(service.module).resolve("target/quarkus-app/quarkus-run.jar");
        PackagedApp app = PackagedApp.start(new PackagedApp.Launch("system-" + service.app, jar, ports.get(service),
                managementPorts.get(service), JVM_OPTIONS, properties));
        synchronized (apps) {
            apps.put(service, app);
        }
    }

    /** Each app's settings: the addresses of its neighbours, its database and the system's broker. */
    private Map<Service, Map<String, String>> settings() {
        String sandbox = url(Service.TWILIO_SANDBOX);
        Map<Service, Map<String, String>> settings = new EnumMap<>(Service.class);
        settings.put(Service.TWILIO_SANDBOX, Map.of(
                "sandbox.inbound-sms-url", url(Service.INTAKE) + "/twilio/sms",
                "sandbox.progress-step", "PT0.1S",
                // time enough for a test to press a key on an answered call
                "sandbox.answer-wait", "PT30S",
                // a request held this long is in flight when notification is killed
                "sandbox.timeout-hold", "PT4S"));
        Map<String, String> intake = service(Service.INTAKE);
        intake.put("twilio.base-url", sandbox);
        intake.put("twilio.webhook-base-url", url(Service.INTAKE));
        settings.put(Service.INTAKE, intake);
        settings.put(Service.RISK_SCORING, service(Service.RISK_SCORING));
        Map<String, String> escalation = service(Service.ESCALATION);
        // Updates of a brief are coalesced per person; seconds instead of minutes, so that a test sees it happen.
        escalation.put("escalation.brief.update-gap", BRIEF_UPDATE_GAP.toString());
        settings.put(Service.ESCALATION, escalation);
        Map<String, String> notification = service(Service.NOTIFICATION);
        notification.put("twilio.base-url", sandbox);
        notification.put("twilio.webhook-base-url", url(Service.NOTIFICATION));
        notification.put("notification.public-base-url", url(Service.NOTIFICATION));
        // The it profile reads requests with a new group from the end at every start; restarted after a crash, it
        // must resume where it stopped, as in production.
        notification.put("%it.mp.messaging.incoming.requests.group.id", "notification");
        notification.put("%it.mp.messaging.incoming.requests.auto.offset.reset", "earliest");
        // As risk-scoring and escalation set it for themselves: the first request of each partition after an
        // assignment waits for the polling thread to look up its committed offset, a second with the default poll.
        notification.put("mp.messaging.incoming.requests.poll-timeout", "100");
        settings.put(Service.NOTIFICATION, notification);
        return settings;
    }

    private Map<String, String> service(Service service) {
        Map<String, String> settings = new HashMap<>();
        settings.put("%it.quarkus.datasource.jdbc.url", SystemDatabase.url(service.database()));
        settings.put("kafka.bootstrap.servers", broker.bootstrapServers());
        return settings;
    }
}
