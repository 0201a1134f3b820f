package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditLogResourceTest {

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void anAuditorReadsTheLogAndHerReadingIsInIt() {
        given().when().get("/api/v1/audit-log?limit=5")
                .then()
                .statusCode(200)
                .body("entries[0].actor", equalTo("auditora"))
                .body("entries[0].action", equalTo("READ"))
                .body("entries[0].subject", equalTo("audit-log"));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aPageSizeOutOfRangeIsAProblemNamingTheField() {
        given().when().get("/api/v1/audit-log?limit=0")
                .then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("errors.field", hasItem("limit"));
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderIsForbiddenWithAProblem() {
        given().when().get("/api/v1/audit-log")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Forbidden"));
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() {
        given().when().get("/api/v1/audit-log")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .contentType(startsWith("application/problem+json"));
    }
}
