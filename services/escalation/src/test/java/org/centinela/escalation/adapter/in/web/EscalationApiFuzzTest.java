package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.centinela.testing.LocalKeycloak;
import org.centinela.testing.ManagementInterface;
import org.centinela.testing.fuzz.Credential;
import org.centinela.testing.fuzz.FuzzRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Escalation's API, fuzzed from its own OpenAPI document as an operator, a responder, an auditor (real tokens of
 * the local Keycloak) and without a token: no 5xx, no stack trace, every refusal a problem+json, nothing answered
 * 2xx without a token or to a role the operation does not allow. Half the requests that create a responder, a
 * defender, a group or a policy start from a body the service accepts, so that what they spoil reaches the
 * database and the outbox. What the run adds is deleted afterwards.
 */
@QuarkusTest
class EscalationApiFuzzTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    DataSource dataSource;

    private RowsAddedSince before;
    private String operator;

    @BeforeEach
    void snapshot() throws SQLException {
        before = RowsAddedSince.now(dataSource);
        operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
    }

    @AfterEach
    void deleteWhatTheRunAdded() throws SQLException {
        before.delete();
    }

    @Test
    void malformedRequestsNeverBreakTheApi() {
        String responderId = created("/api/v1/responders",
                SmallNetwork.responderBody("Ana", SmallNetwork.localPhone()));
        Map<String, Object> group = Map.of("name", "Trusted contacts", "members", List.of(responderId));
        String groupId = SmallNetwork.id("grp");
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(group)
                .when().put("/api/v1/groups/" + groupId).then().statusCode(201);
        Map<String, Object> policy = SmallNetwork.policyBody("Drill", 1, "group:" + groupId);
        String policyId = SmallNetwork.id("pol");
        given().auth().oauth2(operator).contentType(ContentType.JSON).body(policy)
                .when().put("/api/v1/policies/" + policyId).then().statusCode(201);

        FuzzRun.against("http://127.0.0.1:" + RestAssured.port, ManagementInterface.testUrl())
                .as(Credential.bearer("operator", operator, "operator"),
                        Credential.bearer("responder", LocalKeycloak.accessToken(LocalKeycloak.RESPONDER), "responder"),
                        Credential.bearer("auditor", LocalKeycloak.accessToken(LocalKeycloak.AUDITOR), "auditor"),
                        Credential.anonymous())
                .tokenRequiredUnder("/api/")
                .example("POST /api/v1/responders", json(SmallNetwork.responderBody("Ana", SmallNetwork.localPhone())))
                .example("POST /api/v1/defenders", json(SmallNetwork.defenderBody(policyId, SmallNetwork.localPhone())))
                .example("PUT /api/v1/groups/{groupId}", json(group))
                .example("PUT /api/v1/policies/{policyId}", json(policy))
                .assertNoFindings();
    }

    private String created(String path, Map<String, Object> body) {
        return given().auth().oauth2(operator).contentType(ContentType.JSON).body(body)
                .when().post(path).then().statusCode(201).extract().path("id");
    }

    private static String json(Map<String, Object> body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
