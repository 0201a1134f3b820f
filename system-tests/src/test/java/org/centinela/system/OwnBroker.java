package org.centinela.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.centinela.testing.PackagedApp;

/**
 * A Kafka broker of the system tests' own: the local stack's broker, configured as deploy/local/kafka configures
 * it (same jars, same server.properties, same topics), on free ports and with an empty log in
 * {@code target/system-kafka}. Every topic is this run's alone, so the system under test reads nothing that other
 * tests or a running {@code make run} publish, and publishes nothing they would read.
 */
final class OwnBroker implements AutoCloseable {

    private static final Path KAFKA = SystemDatabase.ROOT.resolve("deploy/local/kafka");
    private static final Path CLASSPATH = SystemDatabase.ROOT.resolve(".stack/kafka/classpath.txt");
    private static final Path DIRECTORY = Path.of("target/system-kafka").toAbsolutePath();
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private final int port = PackagedApp.freePort();
    private final int controllerPort = PackagedApp.freePort();
    private Process process;

    private OwnBroker() {
    }

    /** Formats an empty log, starts the broker and creates the topics of deploy/local/kafka/topics.txt. */
    static OwnBroker start() {
        OwnBroker broker = new OwnBroker();
        try {
            broker.launch();
            return broker;
        } catch (RuntimeException e) {
            broker.close();
            throw e;
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void launch() {
        try {
            if (!Files.exists(CLASSPATH)) {
                throw new IllegalStateException(CLASSPATH + " is missing: deploy/local/stack.sh up resolves Kafka's jars");
            }
            String classpath = Files.readString(CLASSPATH).strip();
            deleteRecursively(DIRECTORY);
            Path data = Files.createDirectories(DIRECTORY.resolve("data"));
            Path properties = DIRECTORY.resolve("server.properties");
            Files.writeString(properties, Files.readString(KAFKA.resolve("server.properties"))
                    .replace("@DATA_DIR@", data.toString())
                    .replace("127.0.0.1:9092", "127.0.0.1:" + port)
                    .replace("127.0.0.1:9093", "127.0.0.1:" + controllerPort));
            Path log = DIRECTORY.resolve("kafka.log");
            run(List.of("java", "-cp", classpath, "kafka.tools.StorageTool", "format", "-t", Uuid.randomUuid().toString(),
                    "-c", properties.toString()), log, "format the broker's storage");
            process = new ProcessBuilder("java", "-Xms128m", "-Xmx384m", "-Djava.net.preferIPv4Stack=true", "-cp",
                    classpath, "kafka.Kafka", properties.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            awaitListening();
            run(List.of("java", "-cp", classpath, KAFKA.resolve("CreateTopics.java").toString(), bootstrapServers(),
                    KAFKA.resolve("topics.txt").toString()), log, "create the topics");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the system tests' Kafka broker", e);
        }
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the system tests' broker exited: see " + DIRECTORY.resolve("kafka.log"));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
                return;
            } catch (IOException notYet) {
                Eventually.pause(Duration.ofMillis(250));
            }
        }
        throw new IllegalStateException("the system tests' broker did not listen within " + PATIENCE.toSeconds() + " s");
    }

    private static void run(List<String> command, Path log, String what) throws IOException {
        Process step = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        try {
            if (step.waitFor() != 0) {
                throw new IllegalStateException("could not " + what + ": see " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            step.destroyForcibly();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
