package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.centinela.testing.LocalKeycloak;
import org.junit.jupiter.api.Test;

/** Contract §4 with real tokens from the local Keycloak and the packaged service. */
@QuarkusIntegrationTest
class RoleMatrixIT {

    private static final String AUDIT_LOG = "/api/v1/audit-log";
    private static final String ALERTS = "/api/v1/alerts";
    private static final String DATABASE = "jdbc:postgresql://127.0.0.1:5432/centinela_escalation_test";

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

    @Test
    void operatorAuditorAndResponderListAlertsAndTheReadingsAreAudited() {
        for (String user : List.of(LocalKeycloak.OPERATOR, LocalKeycloak.AUDITOR, LocalKeycloak.RESPONDER)) {
            given().auth().oauth2(LocalKeycloak.accessToken(user))
                    .when().get(ALERTS)
                    .then().statusCode(200)
                    .header(AlertsResource.TOTAL_COUNT, notNullValue());
        }
        given().when().get(ALERTS).then().statusCode(401);

        given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.AUDITOR))
                .when().get(AUDIT_LOG + "?limit=5")
                .then().statusCode(200)
                .body("entries.subject", hasItem("alerts"));
    }

    @Test
    void aResponderReadsOnlyTheAlertsThatContactedHerAndOnlyOperatorsAndSheAnswer() throws SQLException {
        try (TwoAlerts alerts = TwoAlerts.insert()) {
            String operator = LocalKeycloak.accessToken(LocalKeycloak.OPERATOR);
            String auditor = LocalKeycloak.accessToken(LocalKeycloak.AUDITOR);
            String ana = LocalKeycloak.accessToken(LocalKeycloak.RESPONDER);

            given().auth().oauth2(operator).when().get(ALERTS + "/" + alerts.hers).then().statusCode(200);
            given().auth().oauth2(auditor).when().get(ALERTS + "/" + alerts.notHers).then().statusCode(200);
            given().auth().oauth2(ana).when().get(ALERTS + "/" + alerts.hers)
                    .then().statusCode(200).body("id", equalTo(alerts.hers.toString()));
            given().auth().oauth2(ana).when().get(ALERTS + "/" + alerts.notHers).then().statusCode(403);
            given().auth().oauth2(ana).when().get(ALERTS + "?defenderId=" + alerts.defenderId)
                    .then().statusCode(200).body("id", equalTo(List.of(alerts.hers.toString())));
            given().when().get(ALERTS + "/" + alerts.hers).then().statusCode(401);

            // Only refusals here: an accepted answer would reach the engine over Kafka.
            given().auth().oauth2(ana).contentType(ContentType.JSON).body(Map.of("kind", "ACK"))
                    .when().post(ALERTS + "/" + alerts.notHers + "/responses").then().statusCode(403);
            given().auth().oauth2(auditor).contentType(ContentType.JSON).body(Map.of("kind", "ACK"))
                    .when().post(ALERTS + "/" + alerts.hers + "/responses").then().statusCode(403);
            given().contentType(ContentType.JSON).body(Map.of("kind", "ACK"))
                    .when().post(ALERTS + "/" + alerts.hers + "/responses").then().statusCode(401);
        }
    }

    @Test
    void anUnknownAlertIsNotFoundForEveryoneWhoMayReadOrAnswer() {
        UUID unknown = UUID.randomUUID();
        for (String user : List.of(LocalKeycloak.OPERATOR, LocalKeycloak.AUDITOR, LocalKeycloak.RESPONDER)) {
            given().auth().oauth2(LocalKeycloak.accessToken(user))
                    .when().get(ALERTS + "/" + unknown).then().statusCode(404);
        }
        given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.OPERATOR))
                .contentType(ContentType.JSON).body(Map.of("kind", "RESOLVE"))
                .when().post(ALERTS + "/" + unknown + "/responses").then().statusCode(404);
    }

    /**
     * Two closed alerts of one defender written straight into the database, the first of which contacted
     * the realm's responder {@code ana} (her directory entry is added for the test if she has none);
     * everything is removed again on close.
     */
    private static final class TwoAlerts implements AutoCloseable {

        final String defenderId = "d-roles-" + UUID.randomUUID().toString().substring(0, 8);
        final UUID hers = UUID.randomUUID();
        final UUID notHers = UUID.randomUUID();
        private final Connection connection;
        private String addedResponder;

        private TwoAlerts(Connection connection) {
            this.connection = connection;
        }

        static TwoAlerts insert() throws SQLException {
            TwoAlerts alerts = new TwoAlerts(DriverManager.getConnection(DATABASE, "centinela", "centinela"));
            try {
                String ana = alerts.anaResponderId();
                alerts.alert(alerts.hers, Instant.now().minusSeconds(60));
                alerts.alert(alerts.notHers, Instant.now());
                // Contacted long ago, so that no reply of hers elsewhere means this alert.
                alerts.execute("INSERT INTO alert_recipient (alert_id, person_id, last_contacted_at) VALUES (?, ?, ?)",
                        alerts.hers, ana, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
                return alerts;
            } catch (SQLException | RuntimeException e) {
                alerts.close();
                throw e;
            }
        }

        private String anaResponderId() throws SQLException {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id FROM person WHERE username = ? AND role = 'RESPONDER'")) {
                select.setString(1, LocalKeycloak.RESPONDER);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return row.getString(1);
                    }
                }
            }
            String id = "r-roles-" + UUID.randomUUID().toString().substring(0, 8);
            String phone = "+5029" + (1_000_000 + ThreadLocalRandom.current().nextInt(9_000_000));
            Timestamp now = Timestamp.from(Instant.now());
            execute("INSERT INTO person (id, role, name, phone, language, channels, username, baseline_risk,"
                    + " sms_replies, created_at, updated_at) VALUES (?, 'RESPONDER', 'Ana', ?, 'es', 'SMS', ?, 0,"
                    + " TRUE, ?, ?)", id, phone, LocalKeycloak.RESPONDER, now, now);
            addedResponder = id;
            return id;
        }

        private void alert(UUID id, Instant openedAt) throws SQLException {
            execute("INSERT INTO alert (id, code, defender_id, state, grade, score, level, verified_sender, opened_at,"
                    + " updated_at, snapshot) VALUES (?, '4821', ?, 'RESOLVED', 'HIGH', 70, 1, TRUE, ?, ?, '{}'::jsonb)",
                    id, defenderId, Timestamp.from(openedAt), Timestamp.from(openedAt));
        }

        private void execute(String sql, Object... parameters) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
        }

        @Override
        public void close() throws SQLException {
            try (connection) {
                for (UUID id : List.of(hers, notHers)) {
                    execute("DELETE FROM alert_recipient WHERE alert_id = ?", id);
                    execute("DELETE FROM alert WHERE id = ?", id);
                }
                if (addedResponder != null) {
                    execute("DELETE FROM person WHERE id = ?", addedResponder);
                }
            }
        }
    }
}
