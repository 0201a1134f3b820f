package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import org.centinela.testing.LocalKeycloak;
import org.junit.jupiter.api.Test;

/** Contract §4 on the audit log, with real tokens from the local Keycloak and the packaged service. */
@QuarkusIntegrationTest
class RoleMatrixIT {

    private static final String AUDIT_LOG = "/api/v1/audit-log";

    @Test
    void operatorAndAuditorReadTheAuditLogAndSeeEachOthersReads() {
        given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.OPERATOR))
                .when().get(AUDIT_LOG)
                .then().statusCode(200)
                .body("entries[0].actor", equalTo(LocalKeycloak.OPERATOR));

        given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.AUDITOR))
                .when().get(AUDIT_LOG)
                .then().statusCode(200)
                .body("entries[0].actor", equalTo(LocalKeycloak.AUDITOR))
                .body("entries.actor", hasItem(LocalKeycloak.OPERATOR));
    }

    @Test
    void aResponderIsForbidden() {
        given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.RESPONDER))
                .when().get(AUDIT_LOG)
                .then().statusCode(403);
    }

    @Test
    void withoutATokenOrWithAForgedOneTheAnswerIsUnauthorized() {
        given().when().get(AUDIT_LOG).then().statusCode(401);

        String genuine = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
        String[] parts = genuine.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        given().auth().oauth2(forged).when().get(AUDIT_LOG).then().statusCode(401);
    }
}
