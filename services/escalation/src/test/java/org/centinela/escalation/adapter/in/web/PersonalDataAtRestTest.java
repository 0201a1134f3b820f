package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * On the test database: what escalation keeps of a person holds her name, phone, e-mail, alias, organisation and how
 * she was verified only sealed, while the API still answers them and she is still found by her phone.
 */
@QuarkusTest
@TestSecurity(user = "operadora", roles = "operator")
class PersonalDataAtRestTest {

    @Inject
    DataSource dataSource;

    private final String marker = "Qx" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @Test
    void herFieldsAreSealedInEveryRowWhileTheApiReadsThem() throws SQLException {
        String phone = SmallNetwork.localPhone();
        Map<String, Object> body = SmallNetwork.defenderBody(SmallNetwork.policy(), phone);
        body.put("name", "Marta " + marker);
        body.put("alias", "Doña " + marker);
        body.put("organisation", "Colectiva " + marker);
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/defenders")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(Map.of("seized", true))
                .when().put("/api/v1/defenders/" + id + "/phone-seized").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("seized", false, "verification", "Called her " + marker))
                .when().put("/api/v1/defenders/" + id + "/phone-seized").then().statusCode(200);

        assertThat(rows("SELECT p::text FROM person p WHERE id = ?", id)).singleElement().asString()
                .doesNotContainIgnoringCase(marker).doesNotContain(SmallNetwork.e164(phone))
                .doesNotContain(phone.replace(" ", "")).contains("pd1.");
        assertThat(rows("SELECT s::text FROM phone_seizure s WHERE defender_id = ?", id)).singleElement().asString()
                .doesNotContainIgnoringCase(marker);
        assertThat(rows("SELECT master_key_id FROM person_data_key WHERE person_id = ?", id))
                .containsExactly("dev-not-a-secret");

        given().when().get("/api/v1/defenders/" + id).then().statusCode(200)
                .body("name", equalTo("Marta " + marker))
                .body("phone", equalTo(SmallNetwork.e164(phone)))
                .body("alias", equalTo("Doña " + marker))
                .body("organisation", equalTo("Colectiva " + marker));
        given().when().get("/api/v1/defenders?search=" + marker.toLowerCase() + "&limit=5").then().statusCode(200)
                .body("items.id", equalTo(List.of(id)));
    }

    @Test
    void aResponderIsSealedTooAndStillFoundByHerPhone() throws SQLException {
        String phone = SmallNetwork.localPhone();
        Map<String, Object> body = new HashMap<>(SmallNetwork.responderBody("Ana " + marker, phone));
        body.put("email", marker.toLowerCase() + "@example.org");
        String id = given().contentType(ContentType.JSON).body(body).when().post("/api/v1/responders")
                .then().statusCode(201).extract().path("id");

        assertThat(rows("SELECT p::text FROM person p WHERE id = ?", id)).singleElement().asString()
                .doesNotContainIgnoringCase(marker).doesNotContain(SmallNetwork.e164(phone));
        given().when().get("/api/v1/responders/" + id).then().statusCode(200)
                .body("name", equalTo("Ana " + marker))
                .body("email", equalTo(marker.toLowerCase() + "@example.org"));
        given().when().get("/api/v1/responders?search=" + marker).then().statusCode(200)
                .body("items.id", hasItem(id));
        given().contentType(ContentType.JSON).body(SmallNetwork.responderBody("Bea", SmallNetwork.e164(phone)))
                .when().post("/api/v1/responders")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("phone")));
    }

    private List<String> rows(String select, String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(select)) {
            statement.setString(1, id);
            List<String> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }
    }
}
