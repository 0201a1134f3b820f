package org.centinela.sandbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.centinela.testing.ManagementInterface;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** As in every service: health, the OpenAPI document and Swagger UI on the management port, not on the public one. */
@QuarkusTest
class ManagementInterfaceTest {

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready", "/q/openapi", "/q/swagger-ui"})
    void thePublicPortServesNoManagementEndpoint(String path) {
        given().redirects().follow(false).when().get(path).then().statusCode(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/q/health", "/q/health/ready"})
    void theManagementPortServesHealth(String path) {
        ManagementInterface.request().when().get(path).then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void theManagementPortServesTheOpenApiDocumentAndSwaggerUi() {
        ManagementInterface.request().when().get("/q/openapi").then().statusCode(200)
                .body(containsString("Centinela Twilio sandbox"));
        ManagementInterface.request().when().get("/q/swagger-ui/").then().statusCode(200)
                .body(containsString("swagger-ui"));
    }
}
