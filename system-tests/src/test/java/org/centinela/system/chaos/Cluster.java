package org.centinela.system.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The chaos cluster as {@code deploy/chaos/cluster.sh} runs it: where everything listens, and the faults done to
 * it (kill -9, SIGTERM, start again, the database restarted or paused). Every call runs the script and waits for
 * it; its output goes to {@code .chaos/logs/faults.log}.
 */
final class Cluster {

    private final Path script;
    private final Path log;

    Cluster(Path root) {
        this.script = root.resolve("deploy/chaos/cluster.sh");
        this.log = root.resolve(".chaos/logs/faults.log");
    }

    /** {@code cluster.sh ports}: name → address (kafka, keycloak, sandbox, imap, intake-1, …). */
    Map<String, String> addresses() {
        Map<String, String> addresses = new LinkedHashMap<>();
        for (String line : output("ports").split("\n")) {
            int equals = line.indexOf('=');
            if (equals > 0) {
                addresses.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            }
        }
        return addresses;
    }

    /** The node that is the active KRaft controller now, e.g. {@code kafka-2}. */
    String controller() {
        return output("controller").strip();
    }

    boolean run(String... arguments) {
        try {
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(script.toString()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String output(String... arguments) {
        try {
            List<String> command = new ArrayList<>(List.of(script.toString()));
            command.addAll(List.of(arguments));
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(script + " " + String.join(" ", arguments) + " failed");
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + script + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
