package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.centinela.escalation.application.Network;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "operadora", roles = "operator")
class GroupResourceTest {

    @Inject
    Network network;

    @Inject
    DataSource dataSource;

    @Test
    void aGroupIsCreatedThenReplacedAndTheEngineSeesItsMembersInOrder() {
        String ana = SmallNetwork.responder("Ana");
        String bea = SmallNetwork.responder("Bea");
        String groupId = SmallNetwork.id("unidad");

        given().contentType(ContentType.JSON).body(Map.of("name", "Unidad", "members", List.of(ana, bea)))
                .when().put("/api/v1/groups/" + groupId).then().statusCode(201).body("id", equalTo(groupId));
        assertThat(network.groupMembers(groupId)).hasValueSatisfying(members -> assertThat(members).containsExactly(ana, bea));

        given().contentType(ContentType.JSON).body(Map.of("name", "Unidad de protección", "members", List.of(bea)))
                .when().put("/api/v1/groups/" + groupId).then().statusCode(200);
        given().when().get("/api/v1/groups/" + groupId)
                .then().statusCode(200)
                .body("name", equalTo("Unidad de protección"))
                .body("members", equalTo(List.of(bea)));
        assertThat(network.groupMembers(groupId)).hasValueSatisfying(members -> assertThat(members).containsExactly(bea));
        assertThat(new Outboxed(dataSource).audit("group:" + groupId)).containsExactly("operadora CREATE", "operadora UPDATE");
    }

    @Test
    void membersMustBeRespondersAndAppearOnce() {
        String ana = SmallNetwork.responder("Ana");
        String groupId = SmallNetwork.id("grp");

        given().contentType(ContentType.JSON).body(Map.of("name", "G", "members", List.of(ana, "nobody")))
                .when().put("/api/v1/groups/" + groupId)
                .then().statusCode(422).body("errors.field", equalTo(List.of("members[1]")));
        given().contentType(ContentType.JSON).body(Map.of("name", "", "members", List.of(ana, ana)))
                .when().put("/api/v1/groups/" + groupId)
                .then().statusCode(422).body("errors.field", equalTo(List.of("name", "members[1]")));
        given().contentType(ContentType.JSON).body(Map.of("name", "G", "members", List.of()))
                .when().put("/api/v1/groups/bad%20id")
                .then().statusCode(422).body("errors.field", equalTo(List.of("groupId")));
        assertThat(network.groupMembers(groupId)).isEmpty();
    }

    @Test
    void aGroupAPolicyNamesCannotBeDeletedAnotherOneCan() {
        String policyId = SmallNetwork.policy();
        String named = given().when().get("/api/v1/policies/" + policyId).then().statusCode(200)
                .extract().path("levels[0].targets[0]");
        String groupId = named.substring("group:".length());

        given().when().delete("/api/v1/groups/" + groupId)
                .then().statusCode(409).body("detail", containsString("policy " + policyId));

        String free = SmallNetwork.id("grp");
        SmallNetwork.group(free);
        given().when().delete("/api/v1/groups/" + free).then().statusCode(204);
        given().when().get("/api/v1/groups/" + free).then().statusCode(404);
        assertThat(network.groupMembers(free)).isEmpty();
    }

    @Test
    void theListIsSearchedByName() {
        String groupId = SmallNetwork.id("brigada");
        SmallNetwork.group(groupId);
        given().when().get("/api/v1/groups?search=" + groupId.toUpperCase())
                .then().statusCode(200).body("items.id", equalTo(List.of(groupId)));
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderCannotChangeAGroup() {
        given().contentType(ContentType.JSON).body(Map.of("name", "G", "members", List.of()))
                .when().put("/api/v1/groups/mine").then().statusCode(403);
    }
}
