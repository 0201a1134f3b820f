package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.centinela.contracts.Topics;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.notification.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "operadora", roles = "operator")
class ResponderResourceTest {

    @Inject
    DataSource dataSource;

    private Outboxed outboxed;

    @BeforeEach
    void database() {
        outboxed = new Outboxed(dataSource);
    }

    @Test
    void aResponderIsCreatedWithHerPhoneInE164PublishedAndAudited() {
        String phone = SmallNetwork.localPhone();
        String id = given().contentType(ContentType.JSON).body(SmallNetwork.responderBody("Ana López", phone))
                .when().post("/api/v1/responders")
                .then().statusCode(201).header("Location", containsString("/api/v1/responders/"))
                .extract().path("id");

        PersonSnapshot snapshot = outboxed.latest(id);
        assertThat(outboxed.rows(id).get(0).topic()).isEqualTo(Topics.DIRECTORY_PEOPLE);
        assertThat(outboxed.rows(id).get(0).type()).isEqualTo(PersonSnapshot.TYPE);
        assertThat(snapshot.role()).isEqualTo(PersonRole.RESPONDER);
        assertThat(snapshot.phone()).isEqualTo(SmallNetwork.e164(phone));
        assertThat(snapshot.channels()).containsExactlyInAnyOrder(Channel.SMS, Channel.VOICE, Channel.EMAIL);
        assertThat(outboxed.audit("responder:" + id)).containsExactly("operadora CREATE");

        given().when().get("/api/v1/responders/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Ana López"))
                .body("phone", equalTo(SmallNetwork.e164(phone)))
                .body("channels", containsInAnyOrder("SMS", "VOICE", "EMAIL"));
    }

    @Test
    void everyBadFieldIsNamedInOne422() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", " ");
        body.put("phone", "12");
        body.put("email", "not-an-address");
        body.put("language", "klingon");
        body.put("channels", List.of("SMS", "FAX"));
        body.put("username", "no spaces please");

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/responders")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", containsInAnyOrder("name", "phone", "email", "language", "channels[1]", "username"))
                .body("errors.find { it.field == 'phone' }.code", equalTo("not-a-phone"))
                .body("errors.find { it.field == 'phone' }.args", equalTo(List.of("GT")))
                .body("errors.find { it.field == 'channels[1]' }.code", equalTo("not-one-of"))
                .body("errors.find { it.field == 'channels[1]' }.args", equalTo(List.of("SMS, VOICE, EMAIL")))
                .body("errors.find { it.field == 'name' }.code", equalTo("blank"))
                .body("errors.find { it.field == 'name' }.args", equalTo(List.of()))
                .body("detail", not(containsString("not-an-address")));
    }

    @Test
    void emailAsAChannelNeedsAnEmailAndNumbersThatAreNoNumbersAreRefused() {
        Map<String, Object> body = new HashMap<>(SmallNetwork.responderBody("Ana", "+502 1234"));
        body.remove("email");

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/responders")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("channels", "phone"));
    }

    @Test
    void aPhoneAnotherPersonHasIsAConflictWhateverHowItIsWritten() {
        String phone = SmallNetwork.localPhone();
        given().contentType(ContentType.JSON).body(SmallNetwork.responderBody("Ana", phone))
                .when().post("/api/v1/responders").then().statusCode(201);

        given().contentType(ContentType.JSON).body(SmallNetwork.responderBody("Bea", SmallNetwork.e164(phone)))
                .when().post("/api/v1/responders")
                .then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("phone")))
                .body("errors[0].code", equalTo("taken"))
                .body("errors[0].args", equalTo(List.of()));
    }

    @Test
    void anEditRepublishesHerAndADeleteIsATombstone() {
        String id = SmallNetwork.responder("Ana");
        String phone = SmallNetwork.localPhone();

        given().contentType(ContentType.JSON).body(SmallNetwork.responderBody("Ana María", phone))
                .when().put("/api/v1/responders/" + id).then().statusCode(200).body("id", equalTo(id));
        assertThat(outboxed.latest(id).name()).isEqualTo("Ana María");
        assertThat(outboxed.latest(id).phone()).isEqualTo(SmallNetwork.e164(phone));

        given().when().delete("/api/v1/responders/" + id).then().statusCode(204);
        List<Outboxed.Row> rows = outboxed.rows(id);
        Outboxed.Row tombstone = rows.get(rows.size() - 1);
        assertThat(tombstone.topic()).isEqualTo(Topics.DIRECTORY_PEOPLE);
        assertThat(tombstone.payload()).isNull();
        assertThat(tombstone.type()).isNull();
        assertThat(outboxed.audit("responder:" + id)).containsExactly("operadora CREATE", "operadora UPDATE",
                "operadora DELETE");

        given().when().get("/api/v1/responders/" + id).then().statusCode(404);
        given().when().delete("/api/v1/responders/" + id).then().statusCode(404);
        given().contentType(ContentType.JSON).body(SmallNetwork.responderBody("Ana", SmallNetwork.localPhone()))
                .when().put("/api/v1/responders/" + id).then().statusCode(404);
    }

    @Test
    void aResponderAPolicyOrAGroupNamesCannotBeDeleted() {
        String inGroup = SmallNetwork.responder("Carla");
        String groupId = SmallNetwork.id("grp");
        SmallNetwork.group(groupId, inGroup);
        given().when().delete("/api/v1/responders/" + inGroup)
                .then().statusCode(409).body("detail", containsString("group " + groupId));

        String inPolicy = SmallNetwork.responder("Dora");
        String policyId = SmallNetwork.id("pol");
        given().contentType(ContentType.JSON).body(SmallNetwork.policyBody("Direct", 1, "responder:" + inPolicy))
                .when().put("/api/v1/policies/" + policyId).then().statusCode(201);
        given().when().delete("/api/v1/responders/" + inPolicy)
                .then().statusCode(409).body("detail", containsString("policy " + policyId));
        assertThat(outboxed.rows(inPolicy)).allSatisfy(row -> assertThat(row.payload()).isNotNull());
    }

    @Test
    void theListIsPagedAndSearchedByName() {
        String unique = "Zoila" + SmallNetwork.id("x").substring(2);
        String first = given().contentType(ContentType.JSON).body(SmallNetwork.responderBody(unique + " A", SmallNetwork.localPhone()))
                .when().post("/api/v1/responders").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(SmallNetwork.responderBody(unique + " B", SmallNetwork.localPhone()))
                .when().post("/api/v1/responders").then().statusCode(201);

        given().when().get("/api/v1/responders?search=" + unique.toLowerCase() + "&limit=1")
                .then().statusCode(200)
                .body("items.id", equalTo(List.of(first)))
                .body("next", equalTo(1));
        given().when().get("/api/v1/responders?search=" + unique + "&offset=1&limit=1")
                .then().statusCode(200)
                .body("items.name", equalTo(List.of(unique + " B")));
        given().when().get("/api/v1/responders?limit=0").then().statusCode(400).body("errors.field", hasItem("limit"));
        assertThat(outboxed.audit("responders")).contains("operadora READ");
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderSeesNothingOfTheDirectory() {
        given().when().get("/api/v1/responders").then().statusCode(403);
        given().contentType(ContentType.JSON).body(SmallNetwork.responderBody("Eva", SmallNetwork.localPhone()))
                .when().post("/api/v1/responders").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void anAuditorDoesNotManageTheDirectory() {
        given().when().get("/api/v1/responders").then().statusCode(403);
    }
}
