package org.centinela.escalation.adapter.in.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.Grade;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.escalation.adapter.out.persistence.JdbcDataKeys;
import org.centinela.escalation.adapter.out.persistence.JdbcPeople;
import org.centinela.escalation.adapter.out.persistence.Statements;
import org.centinela.escalation.application.RaiseAlert;
import org.centinela.escalation.domain.directory.Defender;
import org.centinela.personaldata.LocalMasterKeys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A master key rotation on the test database: the service runs with a new master key first and the development one
 * after it; a defender enrolled under the development key, with an alert open, still reads once every data key is
 * rewrapped and the development key is gone. Afterwards every key is wrapped back under the development key, which
 * the other tests run with.
 */
@QuarkusTest
@TestProfile(MasterKeyRotationTest.NewMasterKeyFirst.class)
class MasterKeyRotationTest {

    static final String DEVELOPMENT = "dev-not-a-secret:TRrH4DYJe3i/mVxWDY6kl9wFkpOFAw2pZDcqLmfrGbc=";
    static final String NEW = "k2-not-a-secret:bmV3LW1hc3Rlci1rZXktb2YtdGhlLXJvdGF0aW9uLXQ=";

    /** The service as it runs during a rotation: the new key first (it wraps), the old one still unwraps. */
    public static class NewMasterKeyFirst implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("centinela.personal-data.master-keys", NEW + "," + DEVELOPMENT);
        }
    }

    @Inject
    Statements statements;

    @Inject
    PepperedHash hashes;

    @Inject
    RaiseAlert raiseAlert;

    @AfterEach
    void everyKeyBackUnderTheDevelopmentKey() {
        QuarkusTransaction.requiringNew().run(() -> new JdbcDataKeys(statements,
                LocalMasterKeys.parse(DEVELOPMENT + "," + NEW)).rewrapUnderCurrentMasterKey());
    }

    /** Person storage as a service with only {@code masterKeys} would have it. */
    private JdbcPeople peopleWith(String masterKeys) {
        return new JdbcPeople(statements, new JdbcDataKeys(statements, LocalMasterKeys.parse(masterKeys)), hashes);
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void afterARotationSheStillReadsWithTheNewKeyAlone() {
        String phone = "+5025" + (1_000_000 + (int) (Math.random() * 8_999_999));
        String id = UUID.randomUUID().toString();
        Defender marta = new Defender(id, new Defender.Profile("Marta Rotación", phone, "mam", "GT",
                SmallNetwork.policy(), 2, true, "Doña Marta", null), new Defender.Secrets("pin", "duress", null, null));
        QuarkusTransaction.requiringNew().run(() -> peopleWith(DEVELOPMENT).insert(marta, Instant.now()));
        UUID alertId = raiseAlert.apply(new SignalAssessed(UUID.randomUUID(), id, true, SignalType.PANIC,
                SignalSource.SMS, Instant.now(), 70, Grade.HIGH, 1, List.of(), false, null, null, null)).orElseThrow();

        given().when().post("/api/v1/keys/rotation").then().statusCode(200)
                .body("masterKeyId", equalTo("k2-not-a-secret"))
                .body("rewrapped", greaterThanOrEqualTo(1));
        given().when().post("/api/v1/keys/rotation").then().statusCode(200).body("rewrapped", equalTo(0));

        JdbcPeople withTheNewKeyAlone = peopleWith(NEW);
        assertThat(withTheNewKeyAlone.defender(id)).hasValueSatisfying(read -> {
            assertThat(read.profile().name()).isEqualTo("Marta Rotación");
            assertThat(read.profile().phone()).isEqualTo(phone);
            assertThat(read.profile().alias()).isEqualTo("Doña Marta");
        });
        assertThat(withTheNewKeyAlone.idWithPhone(phone)).isEqualTo(Optional.of(id));
        assertThat(withTheNewKeyAlone.defenders(null, 0, Integer.MAX_VALUE)).as("every defender, not only her")
                .isNotEmpty();
        assertThat(withTheNewKeyAlone.responders(null, 0, Integer.MAX_VALUE)).isNotEmpty();
        given().when().get("/api/v1/alerts/" + alertId).then().statusCode(200);
        given().when().get("/api/v1/defenders/" + id).then().statusCode(200).body("name", equalTo("Marta Rotación"));
    }

    @Test
    @TestSecurity(user = "operadora", roles = "operator")
    void aDataKeyUnderAMasterKeyThatIsGoneIsAConflictThatSaysWhich() {
        String lost = "k0-not-a-secret:bG9zdC1tYXN0ZXIta2V5LW9mLXRoZS1yb3RhdGlvbiE=";
        String responderId = SmallNetwork.responder("Ana");
        String id = UUID.randomUUID().toString();
        Defender lostKey = new Defender(id, new Defender.Profile("Marta", "+5024" + (1_000_000
                + (int) (Math.random() * 8_999_999)), "mam", "GT", SmallNetwork.policy(), 2, true, null, null),
                new Defender.Secrets("pin", "duress", null, null));
        QuarkusTransaction.requiringNew().run(() -> peopleWith(lost).insert(lostKey, Instant.now()));
        try {
            given().when().post("/api/v1/keys/rotation").then().statusCode(409)
                    .contentType(startsWith("application/problem+json"))
                    .body("detail", containsString("master key k0-not-a-secret, which is not configured"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> peopleWith(lost).delete(id));
        }
        given().when().get("/api/v1/responders/" + responderId).then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "ana", roles = "responder")
    void aResponderCannotRotate() {
        given().when().post("/api/v1/keys/rotation").then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "auditora", roles = "auditor")
    void anAuditorCannotRotate() {
        given().when().post("/api/v1/keys/rotation").then().statusCode(403);
    }
}
