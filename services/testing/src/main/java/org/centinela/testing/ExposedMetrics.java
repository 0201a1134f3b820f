package org.centinela.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The metrics the alert rules may name: {@value #LIST}, one metric a line, as Prometheus stores it, followed by the
 * services whose tests prove they expose it, or by {@code external:} and where it comes from (Prometheus itself, an
 * exporter). {@link #assertExposed} is that proof: a service's test scrapes its own Prometheus registry and finds every
 * metric the list gives the service, so renaming one, or registering it only once something happened, fails the test.
 */
public final class ExposedMetrics {

    public static final String LIST = "deploy/observability/prometheus/exposed-metrics.txt";
    public static final String EXTERNAL = "external:";

    private ExposedMetrics() {
    }

    /** Each metric of the list, with the services that expose it (none for an external metric). */
    public static Map<String, List<String>> list() {
        Map<String, List<String>> metrics = new LinkedHashMap<>();
        for (String line : lines()) {
            String[] words = line.trim().split("\\s+");
            if (line.isBlank() || words[0].startsWith("#")) {
                continue;
            }
            if (words.length < 2) {
                throw new IllegalStateException(LIST + " names nobody exposing " + words[0]);
            }
            List<String> by = words[1].equals(EXTERNAL) ? List.of() : Arrays.asList(words).subList(1, words.length);
            if (metrics.put(words[0], by) != null) {
                throw new IllegalStateException(LIST + " lists " + words[0] + " twice");
            }
        }
        return metrics;
    }

    /** The metrics the list says {@code service} exposes. */
    public static Set<String> of(String service) {
        return list().entrySet().stream().filter(metric -> metric.getValue().contains(service))
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Fails unless the Prometheus registry behind {@code registry} exposes every metric the list gives {@code service}. */
    public static void assertExposed(MeterRegistry registry, String service) {
        Set<String> expected = of(service);
        assertThat(expected).as("the metrics " + LIST + " gives " + service).isNotEmpty();
        assertThat(scraped(registry)).as("the metrics %s exposes at start", service).containsAll(expected);
    }

    /** The names of the samples a scrape of the Prometheus registry behind {@code registry} holds. */
    public static Set<String> scraped(MeterRegistry registry) {
        PrometheusMeterRegistry prometheus = prometheus(registry)
                .orElseThrow(() -> new AssertionError("no Prometheus registry behind " + registry));
        return prometheus.scrape().lines().filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Optional<PrometheusMeterRegistry> prometheus(MeterRegistry registry) {
        if (registry instanceof PrometheusMeterRegistry prometheus) {
            return Optional.of(prometheus);
        }
        if (registry instanceof CompositeMeterRegistry composite) {
            return composite.getRegistries().stream().map(ExposedMetrics::prometheus).flatMap(Optional::stream)
                    .findFirst();
        }
        return Optional.empty();
    }

    /** The list, found from the working directory up: a module's tests run in the module's own directory. */
    private static List<String> lines() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path list = dir.resolve(LIST);
            if (Files.isRegularFile(list)) {
                try {
                    return Files.readAllLines(list);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        throw new IllegalStateException(LIST + " not found above " + Path.of("").toAbsolutePath());
    }
}
