package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Bodies are held to quarkus.http.limits.max-body-size (256K): a larger one is refused with 413 before it is read. */
@QuarkusTest
@TestSecurity(user = "operadora", roles = "operator")
class BodyLimitTest {

    @Test
    void aBodyLargerThanTheLimitIsRefusedWith413BeforeAnythingReadsIt() {
        String body = "{\"name\":\"" + "x".repeat(256 * 1024) + "\"}";
        given().contentType("application/json").body(body).when().put("/api/v1/policies/too-large").then()
                .statusCode(413).contentType(containsString("application/problem+json"));
        given().contentType("application/json").body(body).when().put("/api/v1/groups/too-large").then()
                .statusCode(413).contentType(containsString("application/problem+json"));
    }
}
