package org.centinela.console.adapter.in.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

/** Bodies are held to quarkus.http.limits.max-body-size (4M): a larger form is refused with 413 before it is read. */
@QuarkusTest
@TestSecurity(user = "ana", roles = "operator")
class BodyLimitTest {

    @Test
    void aFormLargerThanTheLimitIsRefusedWith413BeforeAnythingReadsIt() {
        String form = "base=1&lexicons.es=" + "x".repeat(4 * 1024 * 1024);
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").body(form)
                .when().post("/risk").then().statusCode(413);
    }
}
