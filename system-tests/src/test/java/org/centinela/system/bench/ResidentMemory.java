package org.centinela.system.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resident memory (RSS, from {@code /proc/<pid>/status}) of each service, found by the port it listens on,
 * sampled twice a second while the benchmark runs: the highest sample is what the service needed.
 */
final class ResidentMemory implements AutoCloseable {

    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");
    private static final Pattern SS_PID = Pattern.compile("pid=(\\d+)");

    private final Map<String, Long> pids = new LinkedHashMap<>();
    private final Map<String, Long> highestKb = new ConcurrentHashMap<>();
    private final Map<String, Long> lastKb = new ConcurrentHashMap<>();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rss-sampler");
        thread.setDaemon(true);
        return thread;
    });

    /** Starts sampling the services listening on these ports ({@code name → port}). */
    ResidentMemory(Map<String, Integer> ports) {
        ports.forEach((name, port) -> listener(port).ifPresent(pid -> pids.put(name, pid)));
        sampler.scheduleAtFixedRate(this::sample, 0, 500, TimeUnit.MILLISECONDS);
    }

    /** The highest RSS of each service in MB, and what it is now, in the order the services were given. */
    Map<String, long[]> megabytes() {
        sample();
        Map<String, long[]> result = new LinkedHashMap<>();
        pids.keySet().forEach(name -> result.put(name, new long[] {highestKb.getOrDefault(name, 0L) / 1024,
                lastKb.getOrDefault(name, 0L) / 1024}));
        return result;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }

    private void sample() {
        pids.forEach((name, pid) -> rssKb(pid).ifPresent(kb -> {
            lastKb.put(name, kb);
            highestKb.merge(name, kb, Math::max);
        }));
    }

    private static Optional<Long> rssKb(long pid) {
        try {
            Matcher rss = VM_RSS.matcher(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
            return rss.find() ? Optional.of(Long.parseLong(rss.group(1))) : Optional.empty();
        } catch (IOException gone) {
            return Optional.empty();
        }
    }

    /** The process listening on {@code port} of this machine, as {@code ss} names it. */
    private static Optional<Long> listener(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-ltnpH", "sport = :" + port).redirectErrorStream(true).start();
            String out = new String(ss.getInputStream().readAllBytes());
            ss.waitFor();
            Matcher pid = SS_PID.matcher(out);
            return pid.find() ? Optional.of(Long.parseLong(pid.group(1))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
