package org.centinela.escalation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.centinela.testing.PackagedApp;

/**
 * A PostgreSQL server of a test's own (Debian's PostgreSQL 15 binaries), on a free port of 127.0.0.1, its data
 * under {@code target/}, trusting every local connection, so that the test may stop and start it without
 * touching the stack's server. initdb refuses to run as root: as root, the server runs as the {@code postgres}
 * user, which is given the data directory.
 */
final class OwnPostgres implements AutoCloseable {

    static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");
    static final String USER = "centinela";

    private final Path dir;
    private final Path data;
    private final int port;
    private final boolean root;

    private OwnPostgres(String name) {
        this.dir = Path.of("target", name).toAbsolutePath();
        this.data = dir.resolve("data");
        this.port = PackagedApp.freePort();
        this.root = "root".equals(System.getProperty("user.name"));
    }

    /** A new server under {@code target/<name>}, started, with {@code database} created in it. */
    static OwnPostgres start(String name, String database) {
        OwnPostgres postgres = new OwnPostgres(name);
        postgres.init();
        postgres.start();
        postgres.run(List.of(BIN.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", String.valueOf(postgres.port),
                "-U", USER, database));
        return postgres;
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    void start() {
        pgCtl("-w", "-t", "60", "-l", dir.resolve("postgres.log").toString(), "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1", "start");
    }

    /** Stops it at once, as a crash or a fail-over does: no connection is closed cleanly. */
    void crash() {
        pgCtl("-w", "-m", "immediate", "stop");
    }

    @Override
    public void close() {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            crash();
        }
    }

    private void init() {
        try {
            if (Files.exists(dir)) {
                run(List.of("rm", "-rf", dir.toString()));
            }
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (root) {
            run(List.of("chown", "postgres:postgres", dir.toString()));
        }
        runAsServer(List.of(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "--auth=trust",
                "--no-locale", "-E", "UTF8"));
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>(List.of(BIN.resolve("pg_ctl").toString(), "-D", data.toString()));
        command.addAll(List.of(arguments));
        runAsServer(command);
    }

    private void runAsServer(List<String> command) {
        if (!root) {
            run(command);
            return;
        }
        List<String> asPostgres = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        asPostgres.addAll(command);
        run(asPostgres);
    }

    private void run(List<String> command) {
        try {
            Path output = Files.createDirectories(Path.of("target")).resolve("own-postgres-commands.log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " failed: see " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }
}
