package org.centinela.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
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
import java.util.Map;

/**
 * A packaged app ({@code quarkus-run.jar}) run as a process of its own, for the tests that must kill it
 * ({@code kill -9}) and start it again, run two of it at once, or run the whole system side by side. It
 * runs with the {@code it} profile on 127.0.0.1, logs to {@code target/<name>.log}, and is ready when
 * {@code /q/health/ready} of its management interface says so. {@link #start(String, Map)} runs the module's own
 * app on free ports; {@link #start(Launch)} runs any app's jar on ports chosen beforehand, so that apps can be told
 * each other's addresses before any of them starts.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration PATIENCE = Duration.ofSeconds(180);

    private final Launch launch;
    private Process process;

    /**
     * How to run one app: under {@code name} (its log is {@code target/<name>.log}), from {@code jar}, on
     * {@code port} with its management interface (health, metrics) on {@code managementPort}, with these JVM options
     * (heap, garbage collector) and system properties (settings).
     */
    public record Launch(String name, Path jar, int port, int managementPort, List<String> jvmOptions,
            Map<String, String> properties) {
        public Launch {
            if (name == null || !name.matches("[A-Za-z0-9._-]+")) {
                throw new IllegalArgumentException("name must be letters, digits, '.', '_' or '-'");
            }
            if (jar == null) {
                throw new IllegalArgumentException("jar is required");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port must be 1-65535, was " + port);
            }
            if (managementPort < 1 || managementPort > 65535 || managementPort == port) {
                throw new IllegalArgumentException(
                        "managementPort must be 1-65535 and not the port, was " + managementPort);
            }
            jvmOptions = List.copyOf(jvmOptions);
            properties = Map.copyOf(properties);
        }
    }

    private PackagedApp(Launch launch) {
        this.launch = launch;
    }

    /** Starts the module's own app under {@code name} with these extra system properties, and waits until it is ready. */
    public static PackagedApp start(String name, Map<String, String> properties) {
        int port = freePort();
        int managementPort = freePort();
        while (managementPort == port) {
            managementPort = freePort();
        }
        return start(new Launch(name, JAR, port, managementPort, List.of(), properties));
    }

    /** Starts the app {@code launch} describes, and waits until it is ready. */
    public static PackagedApp start(Launch launch) {
        PackagedApp app = new PackagedApp(launch);
        app.launch();
        return app;
    }

    /** A TCP port of 127.0.0.1 that nothing listens on now. */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    public String name() {
        return launch.name();
    }

    public int port() {
        return launch.port();
    }

    /** The process id of the running app, e.g. to read its resident memory. */
    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    /** {@code http://127.0.0.1:<managementPort>}: health, metrics and the OpenAPI document. */
    public String managementUrl() {
        return "http://127.0.0.1:" + launch.managementPort();
    }

    /** Kills the process at once, as {@code kill -9} does: no shutdown hook runs. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name(), e);
        }
    }

    /** Starts it again on the same ports and waits until it is ready. */
    public Restart restart() {
        Instant launched = Instant.now();
        launch();
        return new Restart(launched, Instant.now());
    }

    /**
     * When a restarted app was launched and when it answered ready: events it publishes are looked for
     * from the first, how fast it resumes its work is measured from the second (a loaded machine may
     * take seconds to start a JVM).
     */
    public record Restart(Instant launched, Instant ready) {
    }

    /** Stops the process at once, and waits until it is gone. */
    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            kill();
        }
    }

    private void launch() {
        Path jar = launch.jar();
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: the app is packaged before the *IT tests run");
        }
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(launch.jvmOptions());
        command.addAll(List.of("-Dquarkus.profile=it", "-Dquarkus.http.port=" + port(), "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.management.port=" + launch.managementPort()));
        launch.properties().forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar.toString()));
        try {
            Path log = Files.createDirectories(Path.of("target")).resolve(name() + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name(), e);
        }
        try {
            awaitReady();
        } catch (RuntimeException notReady) {
            // An app that never became ready is stopped here: the caller has no handle on it to stop it.
            kill();
            throw notReady;
        }
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(managementUrl() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name() + " exited with " + process.exitValue() + ": see target/"
                        + name() + ".log");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name(), e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name(), e);
            }
        }
        throw new IllegalStateException(name() + " was not ready within " + PATIENCE.toSeconds() + " s: see target/"
                + name() + ".log");
    }
}
