package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.escalation.adapter.out.persistence.SealPlaintextPeople;
import org.junit.jupiter.api.Test;

/** A person kept in plaintext before her fields were sealed is sealed by the step that runs at each start. */
@QuarkusTest
@TestSecurity(user = "operadora", roles = "operator")
class SealPlaintextPeopleTest {

    @Inject
    DataSource dataSource;

    @Inject
    SealPlaintextPeople sealPlaintextPeople;

    @Test
    void aPlaintextRowIsSealedAndStillReadsAndIsFoundByHerPhone() throws SQLException {
        String marker = "Pl" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String phone = SmallNetwork.localPhone();
        String id = SmallNetwork.id("plain");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO person (id, role, name, phone,"
                        + " email, language, channels, baseline_risk, sms_replies, created_at, updated_at)"
                        + " VALUES (?, 'RESPONDER', ?, ?, ?, 'es', 'SMS', 0, TRUE, ?, ?)")) {
            Timestamp now = Timestamp.from(Instant.now());
            insert.setString(1, id);
            insert.setString(2, "Ana " + marker);
            insert.setString(3, SmallNetwork.e164(phone));
            insert.setString(4, marker + "@example.org");
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            insert.executeUpdate();
        }
        given().when().get("/api/v1/responders/" + id).then().statusCode(404);

        assertThat(QuarkusTransaction.requiringNew().call(sealPlaintextPeople::sealAll)).isPositive();

        assertThat(row(id)).doesNotContainIgnoringCase(marker).doesNotContain(SmallNetwork.e164(phone));
        given().when().get("/api/v1/responders/" + id).then().statusCode(200)
                .body("name", equalTo("Ana " + marker))
                .body("phone", equalTo(SmallNetwork.e164(phone)))
                .body("email", equalTo(marker + "@example.org"));
        given().contentType("application/json").body(SmallNetwork.responderBody("Bea", phone))
                .when().post("/api/v1/responders")
                .then().statusCode(409).contentType(startsWith("application/problem+json"))
                .body("errors.field", equalTo(List.of("phone")));
    }

    private String row(String id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT p::text FROM person p WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet result = select.executeQuery()) {
                assertThat(result.next()).isTrue();
                return result.getString(1);
            }
        }
    }
}
