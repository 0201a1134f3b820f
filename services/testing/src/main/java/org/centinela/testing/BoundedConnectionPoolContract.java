package org.centinela.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What every service's packaged configuration must say about its PostgreSQL connections: a pool bounded
 * by an explicit size (the budget of docs/operations.md, not Agroal's default of 50), which keeps nothing
 * while idle, closes idle and old connections, and makes a request wait a bounded time for one. Read from
 * {@code target/classes/application.properties}, the file that goes into the packaged app; a service's
 * {@code *Test} extends this.
 */
public abstract class BoundedConnectionPoolContract {

    /** The most any one service may hold per replica: two replicas of everything must fit the server. */
    public static final int MOST_PER_SERVICE = 12;

    private static final String POOL = "quarkus.datasource.jdbc.";
    /** {@code ${ENV_NAME:default}}: the default is what runs when the variable is not set. */
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[A-Za-z0-9_.]+:([^}]*)}");

    @Test
    void boundsItsConnectionPool() throws IOException {
        Properties packaged = packaged();
        assertThat(packaged.stringPropertyNames())
                .as("every %s… key, including profile ones, sets a bounded size", POOL + "max-size")
                .filteredOn(key -> key.endsWith(POOL + "max-size"))
                .isNotEmpty()
                .allSatisfy(key -> assertThat(Integer.parseInt(effective(packaged, key)))
                        .as(key).isBetween(1, MOST_PER_SERVICE));
        assertThat(effective(packaged, POOL + "min-size")).as("min-size").isEqualTo("0");
        assertThat(Integer.parseInt(effective(packaged, POOL + "initial-size"))).as("initial-size").isZero();
        for (String duration : new String[] {"idle-removal-interval", "max-lifetime", "acquisition-timeout"}) {
            assertThat(Duration.parse(effective(packaged, POOL + duration)))
                    .as(POOL + duration).isPositive().isLessThanOrEqualTo(Duration.ofHours(1));
        }
    }

    private static Properties packaged() throws IOException {
        Path file = Path.of("target", "classes", "application.properties");
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }

    /** The value of {@code key} when no environment variable overrides it. */
    private static String effective(Properties properties, String key) {
        String value = properties.getProperty(key);
        assertThat(value).as("%s is set", key).isNotBlank();
        Matcher expression = EXPRESSION.matcher(value.strip());
        return expression.matches() ? expression.group(1) : value.strip();
    }
}
