package org.centinela.intake.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
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

/**
 * A defender who sends SOS after SOS goes past the pace a stranger's number may keep, and her duress PIN must still
 * be read: an SMS turned away is answered like one received, so she would never know it was not.
 */
@QuarkusTest
@TestProfile(KnownSenderPaceTest.TwoSmsAMinutePerNumber.class)
class KnownSenderPaceTest {

    /** A single number may send two SMS a minute. */
    public static class TwoSmsAMinutePerNumber implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("intake.rate.sms-per-sender-per-minute", "2");
        }
    }

    @Inject
    Directory directory;
    @Inject
    PepperedHash hashes;
    @Inject
    DataSource dataSource;
    @Inject
    MeterRegistry metrics;

    @Test
    void herDuressPinAfterSosAfterSosIsReadWhileAStrangerPastThePaceIsNot() {
        IntakeDatabase database = new IntakeDatabase(dataSource);
        String defenderId = "def-" + UUID.randomUUID();
        String phone = People.uniquePhone();
        directory.put(People.defender(hashes, defenderId, phone, true));
        double overPaceBefore = overPace();

        SignedSms.send(phone, "SOS").then().statusCode(200);
        SignedSms.send(phone, "SOS").then().statusCode(200);
        SignedSms.send(phone, "SOS").then().statusCode(200);
        SignedSms.send(phone, "BIEN " + People.DURESS_PIN).then().statusCode(200);

        assertThat(database.outbox(defenderId))
                .extracting(row -> EventJson.read(row.payload().getBytes(), SignalReceived.class).type())
                .contains(SignalType.DURESS);
        assertThat(overPace() - overPaceBefore).as("two of her four SMS went past a stranger's pace").isEqualTo(2.0);

        String stranger = People.uniquePhone();
        for (int i = 0; i < 3; i++) {
            SignedSms.send(stranger, "hola " + i).then().statusCode(200);
        }
        assertThat(database.outbox(SignalReceived.unknownSenderKey(hashes.fingerprint(stranger))))
                .as("a stranger's third SMS in the minute is held back").hasSize(2);
    }

    private double overPace() {
        var counter = metrics.find("centinela_intake_known_sender_over_pace").counter();
        return counter == null ? 0 : counter.count();
    }
}
