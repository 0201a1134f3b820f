package org.centinela.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.oneOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Health, metrics and the OpenAPI document are served on the management interface only: the public HTTP port, the
 * one the Ingress publishes, answers 404 for each of them. A service's {@code ManagementInterfaceTest}
 * ({@code @QuarkusTest}) extends this.
 */
public abstract class ManagementInterfaceContract {

    static final List<String> MANAGEMENT_PATHS = List.of("/q/health", "/q/health/live", "/q/health/ready",
            "/q/health/started", "/q/metrics", "/q/openapi", "/q/swagger-ui");

    @Test
    void thePublicPortServesNoManagementEndpoint() {
        for (String path : MANAGEMENT_PATHS) {
            given().redirects().follow(false).when().get(path).then().statusCode(404);
        }
    }

    @Test
    void theManagementPortServesHealth() {
        ManagementInterface.request().when().get("/q/health/live").then()
                .statusCode(200).body("status", equalTo("UP"));
        ManagementInterface.request().when().get("/q/health").then()
                .statusCode(oneOf(200, 503)).body("status", oneOf("UP", "DOWN"));
    }

    @Test
    void theManagementPortServesMetrics() {
        ManagementInterface.request().when().get("/q/metrics").then()
                .statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }

    @Test
    void theManagementPortServesTheOpenApiDocument() {
        ManagementInterface.request().accept("application/json").when().get("/q/openapi").then()
                .statusCode(200).body("openapi", containsString("3."));
    }
}
