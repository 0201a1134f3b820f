package org.centinela.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The services the console calls and the Twilio sandbox, on their usual ports: those already running
 * (e.g. under {@code make run}) are used as they are, the others are started from their packaged apps
 * (as {@code make run} would, on their own databases) and stopped again by {@link #close()}. Then the demo
 * network is loaded (deploy/local/demo; idempotent).
 */
final class LocalNetwork implements AutoCloseable {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    private static final Duration PATIENCE = Duration.ofSeconds(120);
    /** Name, management port (health; the local profile's, beside HTTP 808x) and module folder of each app. */
    private static final String[][] APPS = {
        {"twilio-sandbox", "9089", "deploy/local/twilio-sandbox"},
        {"intake", "9081", "services/intake"},
        {"risk-scoring", "9082", "services/risk-scoring"},
        {"escalation", "9083", "services/escalation"},
        {"notification", "9084", "services/notification"},
    };

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final List<Process> started = new ArrayList<>();

    static LocalNetwork up() {
        LocalNetwork network = new LocalNetwork();
        try {
            for (String[] app : APPS) {
                if (!network.ready(app[1])) {
                    network.start(app[0], app[2]);
                }
            }
            for (String[] app : APPS) {
                network.awaitReady(app[0], app[1]);
            }
            network.loadDemo();
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
        return network;
    }

    private void start(String name, String folder) {
        Path jar = ROOT.resolve(folder).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build every module first (make build)");
        }
        try {
            Path log = Files.createDirectories(Path.of("target")).resolve("browser-" + name + ".log");
            List<String> command = new ArrayList<>(List.of("java", "-Xmx192m", "-Dcentinela.app=" + name + "-browser-test"));
            if (name.equals("notification")) {
                // The broker holds the requests of every test before this one, and its group would start from the
                // earliest: those would be sent first. The browser tests' notification reads only what comes now.
                command.addAll(List.of("-Dmp.messaging.incoming.requests.group.id=notification-browser-" + UUID.randomUUID(),
                        "-Dmp.messaging.incoming.requests.auto.offset.reset=latest"));
            }
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder app = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            // As deploy/local/services.sh runs them for make run: the sandbox stands for a messaging service.
            app.environment().put("NOTIFICATION_SMS_PER_SECOND", "100");
            // As make run: the production profile with the local one (the public development secrets, no start checks).
            app.environment().put("QUARKUS_PROFILE", "prod,local");
            started.add(app.start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
    }

    private void awaitReady(String name, String managementPort) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!ready(managementPort)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " not ready (management port " + managementPort
                        + "): see target/browser-" + name + ".log");
            }
            pause(500);
        }
    }

    private boolean ready(String managementPort) {
        try {
            HttpRequest request = HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void loadDemo() {
        try {
            Process demo = new ProcessBuilder("java", "deploy/local/demo/DemoNetwork.java", "http://127.0.0.1:8083",
                    "http://127.0.0.1:8180/realms/centinela").directory(ROOT.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target/browser-demo.log").toFile())).start();
            if (demo.waitFor() != 0) {
                throw new IllegalStateException("the demo network did not load: see target/browser-demo.log");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        for (Process process : started) {
            process.destroy();
        }
        for (Process process : started) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
