package org.centinela.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository's own files the checks compare the manifests with: the services' settings and the docs. */
final class Repository {

    private static final Pattern TOPIC_KEY = Pattern.compile("^[^%#].*\\.topic$");

    private Repository() {
    }

    /** The repository's root: {@code centinela.root} (set by the build), else found upwards from here. */
    static Path root() {
        String configured = System.getProperty("centinela.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/architecture.md")) && Files.isDirectory(dir.resolve("services"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository's root (docs/architecture.md) from " + start);
    }

    /** Each deployable service (a folder of services/ whose settings name the application) and its settings. */
    static Map<String, Properties> services() {
        Map<String, Properties> services = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(root().resolve("services"))) {
            for (Path dir : (Iterable<Path>) dirs.sorted()::iterator) {
                Path file = dir.resolve("src/main/resources/application.properties");
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                Properties properties = new Properties();
                try (var in = Files.newBufferedReader(file)) {
                    properties.load(in);
                }
                String name = properties.getProperty("quarkus.application.name");
                if (name != null) {
                    services.put(name, properties);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return services;
    }

    /**
     * Every topic a service's settings name ({@code ….topic=<name>}, dead-letter topics included), outside the test
     * profiles, with the services that name it.
     */
    static Map<String, String> topicsInCode() {
        Map<String, String> topics = new TreeMap<>();
        services().forEach((service, properties) -> properties.stringPropertyNames().stream()
                .filter(key -> TOPIC_KEY.matcher(key).matches())
                .forEach(key -> topics.merge(properties.getProperty(key).trim(), service, (a, b) -> a + ", " + b)));
        return topics;
    }

    /** The HTTP port a service listens on, from {@code quarkus.http.port=${HTTP_PORT:<port>}}. */
    static int httpPort(Properties properties) {
        Matcher m = Pattern.compile("\\$\\{HTTP_PORT:(\\d+)}").matcher(properties.getProperty("quarkus.http.port", ""));
        if (!m.matches()) {
            throw new IllegalStateException("quarkus.http.port is not ${HTTP_PORT:<port>}: "
                    + properties.getProperty("quarkus.http.port"));
        }
        return Integer.parseInt(m.group(1));
    }

    /** The management port a service listens on in production, from {@code ${MANAGEMENT_PORT:<port>}}. */
    static int managementPort(Properties properties) {
        Matcher m = Pattern.compile("\\$\\{MANAGEMENT_PORT:(\\d+)}")
                .matcher(properties.getProperty("quarkus.management.port", ""));
        if (!m.matches()) {
            throw new IllegalStateException("quarkus.management.port is not ${MANAGEMENT_PORT:<port>}: "
                    + properties.getProperty("quarkus.management.port"));
        }
        return Integer.parseInt(m.group(1));
    }

    /**
     * The image the build makes of a service, without its tag: {@code <registry>/<group>/<name>} of its
     * {@code quarkus.container-image.*} settings (all three must be set: the build's defaults depend on the machine).
     */
    static String image(Properties properties) {
        StringBuilder image = new StringBuilder();
        for (String part : new String[] {"registry", "group", "name"}) {
            String value = properties.getProperty("quarkus.container-image." + part);
            if (value == null || value.isBlank() || value.contains("${")) {
                throw new IllegalStateException("quarkus.container-image." + part + " is not set to a plain value");
            }
            image.append(image.length() == 0 ? "" : "/").append(value.trim());
        }
        return image.toString();
    }

    static String read(String relative) {
        try {
            return Files.readString(root().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
