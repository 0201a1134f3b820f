package org.centinela.intake.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalType;
import org.centinela.intake.IntakeDatabase;
import org.centinela.intake.People;
import org.centinela.intake.SignedSms;
import org.centinela.intake.application.Directory;
import org.junit.jupiter.api.Test;

/** When strangers use up what unknown numbers may send, a defender's own words still get through. */
@QuarkusTest
@TestProfile(StrangersFloodTest.OneUnknownSmsAMinute.class)
class StrangersFloodTest {

    /** Unknown numbers together may send one SMS a minute. */
    public static class OneUnknownSmsAMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intake.rate.unknown-sms-per-minute", "1");
        }
    }

    @Inject
    Directory directory;
    @Inject
    PepperedHash hashes;
    @Inject
    DataSource dataSource;

    @Test
    void herSeizedPhoneCodeWordFromABorrowedPhoneIsNeverHeldBackByStrangers() {
        IntakeDatabase database = new IntakeDatabase(dataSource);
        String defenderId = "def-" + UUID.randomUUID();
        String word = People.uniqueCodeWord();
        directory.put(People.withSeizedCodeWord(hashes,
                People.defender(hashes, defenderId, People.uniquePhone(), true), word));
        String first = People.uniquePhone();
        String second = People.uniquePhone();

        SignedSms.send(first, "hola").then().statusCode(200);
        SignedSms.send(second, "hola").then().statusCode(200);
        SignedSms.send(People.uniquePhone(), word + " soy Marta").then().statusCode(200).body(containsString("Recibido."));

        assertThat(database.outbox(unknown(first))).hasSize(1);
        assertThat(database.outbox(unknown(second))).as("held back: the strangers' minute is used up").isEmpty();
        assertThat(database.outbox(defenderId))
                .extracting(row -> EventJson.read(row.payload().getBytes(), SignalReceived.class).type())
                .containsExactly(SignalType.PHONE_SEIZED);
    }

    private String unknown(String phone) {
        return SignalReceived.unknownSenderKey(hashes.fingerprint(phone));
    }
}
