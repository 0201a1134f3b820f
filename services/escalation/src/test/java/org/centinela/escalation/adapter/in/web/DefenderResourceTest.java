package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.escalation.application.Network;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestSecurity(user = "operadora", roles = "operator")
class DefenderResourceTest {

    @Inject
    DataSource dataSource;

    @Inject
    PepperedHash hashes;

    @Inject
    Network network;

    private Outboxed outboxed;
    private String policyId;

    @BeforeEach
    void aPolicy() {
        outboxed = new Outboxed(dataSource);
        policyId = SmallNetwork.policy();
    }

    @Test
    void aDefenderIsPublishedWithHashesIntakeCanCheckAndNeverShowsThem() {
        String phone = SmallNetwork.localPhone();
        String id = given().contentType(ContentType.JSON).body(SmallNetwork.defenderBody(policyId, phone))
                .when().post("/api/v1/defenders").then().statusCode(201).extract().path("id");

        PersonSnapshot snapshot = outboxed.latest(id);
        assertThat(snapshot.role()).isEqualTo(PersonRole.DEFENDER);
        assertThat(snapshot.phone()).isEqualTo(SmallNetwork.e164(phone));
        assertThat(snapshot.language()).isEqualTo("quc");
        assertThat(snapshot.country()).isEqualTo("GT");
        assertThat(snapshot.baselineRisk()).isEqualTo(2);
        assertThat(snapshot.smsReplies()).isTrue();
        assertThat(hashes.matchesPin(SmallNetwork.PIN, snapshot.pinHash())).isTrue();
        assertThat(hashes.matchesPin(SmallNetwork.DURESS_PIN, snapshot.duressPinHash())).isTrue();
        assertThat(snapshot.codeWordHash()).as("the fingerprint of the normal form intake reads")
                .isEqualTo(hashes.fingerprint("mariposa"));
        assertThat(network.policyOf(id)).contains(policyId);
        assertThat(outboxed.audit("defender:" + id)).containsExactly("operadora CREATE");

        given().when().get("/api/v1/defenders/" + id)
                .then().statusCode(200)
                .body("policyId", equalTo(policyId))
                .body("hasCodeWord", equalTo(true))
                .body("devices", equalTo(0))
                .body("$", not(hasKey("pinHash")))
                .body("$", not(hasKey("pin")))
                .body("$", not(hasKey("codeWordHash")));
    }

    @Test
    void everyBadFieldIsNamedInOne422() {
        Map<String, Object> body = SmallNetwork.defenderBody("no-such-policy", "5");
        body.put("language", "ES");
        body.put("country", "XX");
        body.put("pin", "12a4");
        body.put("duressPin", "123456789");
        body.put("codeWord", "bien");
        body.put("baselineRisk", 4);

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/defenders")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("phone", "language", "country", "policyId", "pin",
                        "duressPin", "codeWord", "baselineRisk"));
    }

    @Test
    void theDuressPinMustDifferAndACodeWordTheGrammarWouldSplitIsRefused() {
        Map<String, Object> body = SmallNetwork.defenderBody(policyId, SmallNetwork.localPhone());
        body.put("duressPin", SmallNetwork.PIN);
        body.put("codeWord", "bien4821");

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/defenders")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("duressPin", "codeWord"));
    }

    @Test
    void requiredFieldsMissingAreNamed() {
        given().contentType(ContentType.JSON).body(Map.of()).when().post("/api/v1/defenders")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("name", "phone", "language", "country", "policyId", "pin",
                        "duressPin", "baselineRisk"));
    }

    @Test
    void aPhoneAResponderHasIsAConflict() {
        String phone = SmallNetwork.localPhone();
        given().contentType(ContentType.JSON).body(SmallNetwork.responderBody("Ana", phone))
                .when().post("/api/v1/responders").then().statusCode(201);

        given().contentType(ContentType.JSON).body(SmallNetwork.defenderBody(policyId, phone))
                .when().post("/api/v1/defenders").then().statusCode(409).body("errors.field", hasItem("phone"));
    }

    @Test
    void aDeviceTokenIsShownOnceAndPublishedOnlyAsItsFingerprint() {
        String id = SmallNetwork.defender(policyId);

        String token = given().when().post("/api/v1/defenders/" + id + "/devices")
                .then().statusCode(201).extract().path("deviceToken");

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(outboxed.latest(id).deviceTokenHashes()).containsExactly(hashes.fingerprint(token));
        assertThat(outboxed.rows(id)).noneSatisfy(row -> assertThat(row.payload()).contains(token));
        assertThat(outboxed.audit("defender:" + id)).containsExactly("operadora CREATE", "operadora ISSUE_DEVICE_TOKEN");
        given().when().get("/api/v1/defenders/" + id).then().statusCode(200).body("devices", equalTo(1));
        given().when().post("/api/v1/defenders/no-such-defender/devices").then().statusCode(404);
    }

    @Test
    void anEditWithoutPinsKeepsThemAndAnEmptyCodeWordRemovesIt() {
        String id = SmallNetwork.defender(policyId);
        String token = given().when().post("/api/v1/defenders/" + id + "/devices").then().statusCode(201)
                .extract().path("deviceToken");
        Map<String, Object> edit = SmallNetwork.defenderBody(policyId, SmallNetwork.localPhone());
        edit.remove("pin");
        edit.remove("duressPin");
        edit.put("codeWord", "");
        edit.put("smsReplies", false);

        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/defenders/" + id)
                .then().statusCode(200);

        PersonSnapshot edited = outboxed.latest(id);
        assertThat(hashes.matchesPin(SmallNetwork.PIN, edited.pinHash())).isTrue();
        assertThat(hashes.matchesPin(SmallNetwork.DURESS_PIN, edited.duressPinHash())).isTrue();
        assertThat(edited.codeWordHash()).isNull();
        assertThat(edited.smsReplies()).isFalse();
        assertThat(edited.deviceTokenHashes()).containsExactly(hashes.fingerprint(token));
    }

    @Test
    void herAliasAndOrganisationAreKeptShownAndRemovedByAnEditWithoutThem() {
        Map<String, Object> body = SmallNetwork.defenderBody(policyId, SmallNetwork.localPhone());
        body.put("alias", "  Doña Marta ");
        body.put("organisation", "Colectiva Mujeres de Cobán");
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/defenders")
                .then().statusCode(201).extract().path("id");

        given().when().get("/api/v1/defenders/" + id)
                .then().statusCode(200)
                .body("name", equalTo("Marta"))
                .body("alias", equalTo("Doña Marta"))
                .body("organisation", equalTo("Colectiva Mujeres de Cobán"));
        given().when().get("/api/v1/defenders?search=Marta&limit=100")
                .then().statusCode(200).body("items.find { it.id == '" + id + "' }.alias", equalTo("Doña Marta"));

        Map<String, Object> edit = SmallNetwork.defenderBody(policyId, SmallNetwork.localPhone());
        edit.remove("pin");
        edit.remove("duressPin");
        edit.put("alias", " ");
        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/defenders/" + id)
                .then().statusCode(200);
        given().when().get("/api/v1/defenders/" + id)
                .then().statusCode(200)
                .body("$", not(hasKey("alias")))
                .body("$", not(hasKey("organisation")));
    }

    @Test
    void anAliasOrOrganisationTooLongIsNamedWithoutEchoingIt() {
        Map<String, Object> body = SmallNetwork.defenderBody(policyId, SmallNetwork.localPhone());
        body.put("alias", "M".repeat(101));
        body.put("organisation", "O".repeat(201));

        given().contentType(ContentType.JSON).body(body).when().post("/api/v1/defenders")
                .then().statusCode(422)
                .body("errors.field", containsInAnyOrder("alias", "organisation"))
                .body("errors.code", everyItem(equalTo("too-long")))
                .body("errors.find { it.field == 'alias' }.args", equalTo(List.of("100")))
                .body("errors.find { it.field == 'organisation' }.args", equalTo(List.of("200")))
                .body("detail", not(containsString("MMM")));
    }

    @Test
    void aNewPinThatIsHerDuressPinIsRefused() {
        String id = SmallNetwork.defender(policyId);
        Map<String, Object> edit = SmallNetwork.defenderBody(policyId, SmallNetwork.localPhone());
        edit.put("pin", SmallNetwork.DURESS_PIN);
        edit.remove("duressPin");

        given().contentType(ContentType.JSON).body(edit).when().put("/api/v1/defenders/" + id)
                .then().statusCode(422).body("errors.field", equalTo(List.of("pin")));
    }

    @Test
    void aDeletedDefenderIsATombstoneAndHerPolicyCanGo() {
        String id = SmallNetwork.defender(policyId);
        given().when().delete("/api/v1/policies/" + policyId).then().statusCode(409);

        given().when().delete("/api/v1/defenders/" + id).then().statusCode(204);

        List<Outboxed.Row> rows = outboxed.rows(id);
        assertThat(rows.get(rows.size() - 1).payload()).isNull();
        assertThat(network.policyOf(id)).isEmpty();
        given().when().get("/api/v1/defenders/" + id).then().statusCode(404);
        given().when().delete("/api/v1/policies/" + policyId).then().statusCode(204);
    }
}
