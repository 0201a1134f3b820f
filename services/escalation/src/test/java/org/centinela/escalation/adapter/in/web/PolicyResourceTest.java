package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.centinela.contracts.signal.Grade;
import org.centinela.escalation.application.Policies;
import org.centinela.escalation.domain.policy.EscalationPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "operadora", roles = "operator")
class PolicyResourceTest {

    @Inject
    Policies policies;

    @Inject
    DataSource dataSource;

    private String trusted;
    private String unit;

    @BeforeEach
    void twoGroups() {
        trusted = SmallNetwork.id("trusted-marta");
        SmallNetwork.group(trusted, SmallNetwork.responder("Ana"));
        unit = SmallNetwork.id("unidad");
        SmallNetwork.group(unit, SmallNetwork.responder("Bea"), SmallNetwork.responder("Carla"));
    }

    /** The example of contract §3, on this test's groups. */
    private Map<String, Object> guatemalaDefault(String secondEscalateAfter) {
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("name", "Trusted contacts");
        first.put("targets", List.of("group:" + trusted));
        first.put("channels", List.of("SMS", "VOICE"));
        first.put("quorum", 1);
        first.put("escalateAfter", "PT2M");
        first.put("repeatEvery", "PT1M");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("name", "Protection unit");
        second.put("targets", List.of("group:" + unit));
        second.put("channels", List.of("SMS", "EMAIL", "VOICE"));
        second.put("quorum", 2);
        second.put("escalateAfter", secondEscalateAfter);
        return Map.of("name", "Guatemala default", "levels", List.of(first, second),
                "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 2));
    }

    @Test
    void theContractsExampleIsSavedAsVersionOneAndReadBackAsWritten() {
        String id = SmallNetwork.id("gt-default");

        given().contentType(ContentType.JSON).body(guatemalaDefault("PT5M")).when().put("/api/v1/policies/" + id)
                .then().statusCode(201)
                .body("id", equalTo(id))
                .body("version", equalTo(1))
                .body("changedBy", equalTo("operadora"));

        given().when().get("/api/v1/policies/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Guatemala default"))
                .body("levels[0].targets", equalTo(List.of("group:" + trusted)))
                .body("levels[0].repeatEvery", equalTo("PT1M"))
                .body("levels[1].channels", equalTo(List.of("SMS", "VOICE", "EMAIL")))
                .body("levels[1].quorum", equalTo(2))
                .body("startLevelByGrade.CRITICAL", equalTo(2));
        EscalationPolicy policy = policies.current(id).orElseThrow();
        assertThat(policy.startLevel(Grade.CRITICAL)).isEqualTo(2);
        assertThat(policy.level(1).repeatEvery()).isEqualTo(Duration.ofMinutes(1));
        assertThat(new Outboxed(dataSource).audit("policy:" + id + "@v1")).containsExactly("operadora CREATE");
    }

    @Test
    void anIdenticalBodySavesNothingAChangedOneSavesTheNextVersionAndTheOldOneStays() {
        String id = SmallNetwork.id("gt-default");
        given().contentType(ContentType.JSON).body(guatemalaDefault("PT5M")).when().put("/api/v1/policies/" + id)
                .then().statusCode(201);

        given().contentType(ContentType.JSON).body(guatemalaDefault("PT5M")).when().put("/api/v1/policies/" + id)
                .then().statusCode(200).body("version", equalTo(1));
        given().when().get("/api/v1/policies/" + id + "/versions/2").then().statusCode(404);

        given().contentType(ContentType.JSON).body(guatemalaDefault("PT10S")).when().put("/api/v1/policies/" + id)
                .then().statusCode(200).body("version", equalTo(2));

        given().when().get("/api/v1/policies/" + id).then().statusCode(200).body("version", equalTo(2))
                .body("levels[1].escalateAfter", equalTo("PT10S"));
        given().when().get("/api/v1/policies/" + id + "/versions/1").then().statusCode(200)
                .body("levels[1].escalateAfter", equalTo("PT5M"));
        assertThat(policies.version(id, 1).orElseThrow().level(2).escalateAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(policies.current(id).orElseThrow().version()).isEqualTo(2);
        given().when().get("/api/v1/policies").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void every422ViolationIsListedWithItsFieldPath() {
        Map<String, Object> body = new LinkedHashMap<>(guatemalaDefault("5 minutes"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> levels = (List<Map<String, Object>>) body.get("levels");
        Map<String, Object> first = new LinkedHashMap<>(levels.get(0));
        first.put("targets", List.of("group:nobody-" + trusted));
        Map<String, Object> second = new LinkedHashMap<>(levels.get(1));
        second.put("quorum", 3);
        body.put("levels", List.of(first, levels.get(1)));

        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/policies/" + SmallNetwork.id("p"))
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("levels[1].escalateAfter")))
                .body("errors[0].code", equalTo("not-a-duration"))
                .body("errors[0].args", equalTo(List.of("5 minutes")));

        body.put("levels", List.of(first, second));
        second.put("escalateAfter", "PT5M");
        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/policies/" + SmallNetwork.id("p"))
                .then().statusCode(422)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("levels[0].targets[0]", "levels[0].quorum", "levels[1].quorum"))
                .body("errors.find { it.field == 'levels[0].targets[0]' }.code", equalTo("unknown-group"))
                .body("errors.find { it.field == 'levels[0].targets[0]' }.args", equalTo(List.of("nobody-" + trusted)))
                .body("errors.find { it.field == 'levels[1].quorum' }.code", equalTo("quorum-unreachable"))
                .body("errors.find { it.field == 'levels[1].quorum' }.args", equalTo(List.of("3", "2", "2")))
                .body("errors.find { it.field == 'levels[1].quorum' }.message",
                        equalTo("levels[1].quorum 3 is more than the 2 people level 2 reaches"));
    }

    @Test
    void aPolicyIdMustBeAnIdAndRulesOfTheDraftAreAllReported() {
        Map<String, Object> body = new LinkedHashMap<>(guatemalaDefault("PT5M"));
        body.put("startLevelByGrade", Map.of("LOW", 1, "SEVERE", 1));
        body.put("name", "");

        given().contentType(ContentType.JSON).body(body).when().put("/api/v1/policies/" + SmallNetwork.id("p"))
                .then().statusCode(422)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("startLevelByGrade.SEVERE"))
                .body("errors.field", hasItem("startLevelByGrade"));
        given().contentType(ContentType.JSON).body(guatemalaDefault("PT5M")).when().put("/api/v1/policies/no%20spaces")
                .then().statusCode(422).body("errors.field", equalTo(List.of("policyId")));
    }

    @Test
    void aPolicyInUseCannotBeDeletedAndAfterItsDeletionItsVersionsStay() {
        String id = SmallNetwork.id("p");
        given().contentType(ContentType.JSON).body(guatemalaDefault("PT5M")).when().put("/api/v1/policies/" + id)
                .then().statusCode(201);
        String defender = SmallNetwork.defender(id);

        given().when().delete("/api/v1/policies/" + id)
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString(defender));
        given().when().delete("/api/v1/defenders/" + defender).then().statusCode(204);
        given().when().delete("/api/v1/policies/" + id).then().statusCode(204);

        given().when().get("/api/v1/policies/" + id).then().statusCode(404);
        given().when().get("/api/v1/policies/" + id + "/versions/1").then().statusCode(200);
        assertThat(policies.current(id)).isEmpty();
        assertThat(policies.version(id, 1)).isPresent();
        given().contentType(ContentType.JSON).body(guatemalaDefault("PT5M")).when().put("/api/v1/policies/" + id)
                .then().statusCode(201).body("version", equalTo(2));
    }
}
