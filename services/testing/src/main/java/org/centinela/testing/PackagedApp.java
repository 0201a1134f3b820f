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
 * A service's packaged app ({@code target/quarkus-app/quarkus-run.jar}) run as a process of its own,
 * for the tests that must kill it ({@code kill -9}) and start it again, or run two of it at once.
 * It runs with the {@code it} profile on a free port of 127.0.0.1, logs to {@code target/<name>.log}, and
 * is ready when {@code /q/health/ready} says so.
 */
public final class PackagedApp implements AutoCloseable {

    public static final Path JAR = Path.of("target/quarkus-app/quarkus-run.jar");
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private final String name;
    private final int port;
    private final Map<String, String> properties;
    private Process process;

    private PackagedApp(String name, int port, Map<String, String> properties) {
        this.name = name;
        this.port = port;
        this.properties = Map.copyOf(properties);
    }

    /** Starts the app under {@code name} with these extra system properties, and waits until it is ready. */
    public static PackagedApp start(String name, Map<String, String> properties) {
        PackagedApp app = new PackagedApp(name, freePort(), properties);
        app.launch();
        return app;
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Kills the process at once, as {@code kill -9} does: no shutdown hook runs. */
    public void kill() {
        try {
            process.destroyForcibly().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while killing " + name, e);
        }
    }

    /** Starts it again on the same port and waits until it is ready. */
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

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
        }
    }

    private void launch() {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the app is packaged before the *IT tests run");
        }
        List<String> command = new ArrayList<>(List.of("java", "-Dquarkus.profile=it", "-Dquarkus.http.port=" + port,
                "-Dquarkus.http.host=127.0.0.1"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        try {
            Path log = Files.createDirectories(Path.of("target")).resolve(name + ".log");
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + name, e);
        }
        awaitReady();
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ": see target/"
                        + name + ".log");
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + name, e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + PATIENCE.toSeconds() + " s: see target/"
                + name + ".log");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
