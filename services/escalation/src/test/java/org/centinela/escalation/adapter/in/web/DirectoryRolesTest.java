package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Contract §4 on the directory and the policies: operators manage them, auditors read policies, responders nothing. */
@QuarkusTest
class DirectoryRolesTest {

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderSeesNoDefenderNoGroupAndNoPolicy() {
        given().when().get("/api/v1/defenders").then().statusCode(403);
        given().when().post("/api/v1/defenders/anyone/devices").then().statusCode(403);
        given().when().get("/api/v1/groups").then().statusCode(403);
        given().when().get("/api/v1/policies").then().statusCode(403);
        given().when().delete("/api/v1/responders/anyone").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void anAuditorReadsPoliciesButNeitherWritesThemNorSeesPeople() {
        given().when().get("/api/v1/policies").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("name", "x")).when().put("/api/v1/policies/x")
                .then().statusCode(403);
        given().when().delete("/api/v1/policies/x").then().statusCode(403);
        given().when().get("/api/v1/defenders").then().statusCode(403);
        given().when().get("/api/v1/groups").then().statusCode(403);
    }
}
