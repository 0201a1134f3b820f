package org.centinela.escalation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.directory.PersonRole;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.kafka.CloudEventHeaders;
import org.centinela.testing.LocalKeycloak;
import org.centinela.testing.TopicWatcher;
import org.junit.jupiter.api.Test;

/**
 * The packaged escalation on the real broker and Keycloak: a defender created through the API reaches the
 * compacted {@code directory.people} (key: her id), her deletion as a tombstone; the directory is the
 * operator's alone.
 */
@QuarkusIntegrationTest
class DirectoryTopicIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCreatedDefenderReachesDirectoryPeopleAndHerDeletionIsATombstone() {
        Instant start = Instant.now();
        String responderId = asOperator().body(Map.of("name", "Ana", "phone", phone(), "language", "es",
                        "channels", List.of("SMS")))
                .when().post("/api/v1/responders").then().statusCode(201).extract().path("id");
        asOperator().body(Map.of("name", "Confianza", "members", List.of(responderId)))
                .when().put("/api/v1/groups/trusted-" + suffix).then().statusCode(201);
        Map<String, Object> level = Map.of("name", "Trusted contacts", "targets", List.of("group:trusted-" + suffix),
                "channels", List.of("SMS"), "quorum", 1, "escalateAfter", "PT2M");
        asOperator().body(Map.of("name", "Drill", "levels", List.of(level),
                        "startLevelByGrade", Map.of("LOW", 1, "ELEVATED", 1, "HIGH", 1, "CRITICAL", 1)))
                .when().put("/api/v1/policies/drill-" + suffix).then().statusCode(201);
        Map<String, Object> defender = new HashMap<>(Map.of("name", "Marta", "phone", phone(), "language", "mam",
                "country", "GT", "policyId", "drill-" + suffix, "pin", "4821", "duressPin", "9173",
                "baselineRisk", 1));
        String defenderId = asOperator().body(defender).when().post("/api/v1/defenders")
                .then().statusCode(201).extract().path("id");

        // Both keys are awaited: they may sit on different partitions, read in any order.
        Set<String> awaited = new HashSet<>(List.of(defenderId, responderId));
        List<ConsumerRecord<String, byte[]>> created = TopicWatcher.since(Topics.DIRECTORY_PEOPLE, start)
                .until(record -> awaited.remove(record.key()) && awaited.isEmpty(), PATIENCE);
        ConsumerRecord<String, byte[]> snapshot = created.stream().filter(record -> defenderId.equals(record.key()))
                .reduce((first, second) -> second).orElseThrow();
        assertThat(snapshot.key()).isEqualTo(defenderId);
        assertThat(new String(snapshot.headers().lastHeader(CloudEventHeaders.TYPE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(PersonSnapshot.TYPE);
        assertThat(new String(snapshot.headers().lastHeader(CloudEventHeaders.SOURCE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo("/centinela/escalation");
        PersonSnapshot person = EventJson.read(snapshot.value(), PersonSnapshot.class);
        assertThat(person.role()).isEqualTo(PersonRole.DEFENDER);
        assertThat(person.language()).isEqualTo("mam");
        assertThat(person.pinHash()).isNotEqualTo("4821").startsWith("pbkdf2-sha256$");
        assertThat(created).anySatisfy(record -> assertThat(record.key()).isEqualTo(responderId));

        Instant deleted = Instant.now();
        asOperator().when().delete("/api/v1/defenders/" + defenderId).then().statusCode(204);

        List<ConsumerRecord<String, byte[]>> after = TopicWatcher.since(Topics.DIRECTORY_PEOPLE, deleted)
                .until(record -> defenderId.equals(record.key()) && record.value() == null, PATIENCE);
        ConsumerRecord<String, byte[]> tombstone = after.get(after.size() - 1);
        assertThat(tombstone.key()).isEqualTo(defenderId);
        assertThat(tombstone.value()).isNull();
    }

    @Test
    void aResponderTokenIsForbiddenAndNoTokenIsUnauthorizedOnTheDirectory() {
        String responder = LocalKeycloak.accessToken(LocalKeycloak.RESPONDER);
        for (String path : List.of("/api/v1/responders", "/api/v1/defenders", "/api/v1/groups", "/api/v1/policies")) {
            given().auth().oauth2(responder).when().get(path).then().statusCode(403);
            given().when().get(path).then().statusCode(401);
        }
        given().auth().oauth2(responder).contentType(ContentType.JSON)
                .body(Map.of("name", "Eva", "phone", phone(), "language", "es", "channels", List.of("SMS")))
                .when().post("/api/v1/responders").then().statusCode(403);
        given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.AUDITOR)).when().get("/api/v1/policies")
                .then().statusCode(200);
    }

    private static RequestSpecification asOperator() {
        return given().auth().oauth2(LocalKeycloak.accessToken(LocalKeycloak.OPERATOR)).contentType(ContentType.JSON);
    }

    /** A Guatemalan mobile number nobody else in the test database has. */
    private static String phone() {
        return "+5025" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }
}
