package org.centinela.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What every packaged Centinela service must do once started on the local stack: be ready only with
 * Kafka and its database reachable, have its schema migrated by Flyway, and publish its metrics and
 * OpenAPI description, all three on its management interface ({@link ManagementInterface}). A service's {@code *IT}
 * extends this and names its database.
 */
public abstract class RunningServiceContract {

    private static final String DATABASE_HOST = System.getProperty("database.host", "127.0.0.1:5432");

    /** The PostgreSQL database the service uses in tests, e.g. {@code centinela_escalation_test}. */
    protected abstract String database();

    /** A table that the service's migrations create. */
    protected abstract String migratedTable();

    @Test
    void isReadyWithKafkaAndItsDatabase() {
        ManagementInterface.request().when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Kafka connection health check", "Database connections health check"));
    }

    @Test
    void ownsItsSchemaThroughFlyway() throws SQLException {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + DATABASE_HOST + "/" + database(), "centinela", "centinela")) {
            assertThat(query(connection, "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank"))
                    .as("migrations applied to %s", database())
                    .contains("1");
            assertThat(query(connection,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"))
                    .contains(migratedTable());
        }
    }

    @Test
    void exposesPrometheusMetrics() {
        ManagementInterface.request().when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void describesItsApiWithOpenApi() {
        ManagementInterface.request().accept("application/json").when().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("openapi", containsString("3."));
    }

    private static List<String> query(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
