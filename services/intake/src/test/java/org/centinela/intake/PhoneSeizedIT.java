package org.centinela.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalSource;
import org.centinela.contracts.signal.SignalType;
import org.centinela.testing.TopicWatcher;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The packaged intake on the real broker and database, through Twilio-signed webhooks: the code word a defender
 * registered says from any phone that hers was seized, and while it is, nothing from her phone says she is safe.
 */
@QuarkusIntegrationTest
class PhoneSeizedIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String RECEIVED = "<Response><Message>Recibido.</Message></Response>";

    private final PepperedHash hashes = PepperedHash.fromConfiguredPepper(
            ConfigProvider.getConfig().getValue("centinela.pepper", String.class), 1000);
    private final IntakeDatabase database = IntakeDatabase.ofPackagedApp();

    @Test
    void herSeizedPhoneCodeWordFromABorrowedPhoneIsPublishedOnceForHerWithNothingOfTheMessage() {
        String word = People.uniqueCodeWord();
        PersonSnapshot marta = People.withSeizedCodeWord(hashes, aDefender(), word);
        loaded(marta);
        Instant start = Instant.now();
        String sid = SignedSms.newSid();
        String borrowed = phone();

        String first = SignedSms.post(sid, borrowed, word.toUpperCase() + " me quitaron el teléfono").then()
                .statusCode(200).extract().asString();
        String retry = SignedSms.post(sid, borrowed, word.toUpperCase() + " me quitaron el teléfono").then()
                .statusCode(200).extract().asString();
        SignedSms.send(marta.phone(), "REPORTE fin de la prueba").then().statusCode(200);

        assertThat(first).isEqualTo(retry).endsWith(RECEIVED);
        List<SignalReceived> hers = signalsOf(marta, start, "fin de la prueba");
        assertThat(hers).extracting(SignalReceived::type).containsExactly(SignalType.PHONE_SEIZED, SignalType.REPORT);
        SignalReceived seized = hers.get(0);
        assertThat(seized.verifiedSender()).isTrue();
        assertThat(seized.source()).isEqualTo(SignalSource.SMS);
        assertThat(seized.text()).isNull();
        assertThat(seized.location()).isNull();
        assertThat(seized.senderPhone()).isNull();
    }

    @Test
    void withHerPhoneSeizedHerPinIsAnsweredAsEverButClosesNoCheckInWhichIsMissed() {
        PersonSnapshot marta = People.seized(hashes, aDefender(), People.uniqueCodeWord());
        loaded(marta);
        Instant start = Instant.now();

        String cancel = SignedSms.send(marta.phone(), "BIEN " + People.PIN).then().statusCode(200).extract().asString();
        String wrong = SignedSms.send(marta.phone(), "BIEN 0000").then().statusCode(200).extract().asString();
        SignedSms.send(marta.phone(), "VOY 30").then().statusCode(200);
        String arrived = SignedSms.send(marta.phone(), "LLEGUÉ " + People.PIN).then().statusCode(200).extract()
                .asString();

        assertThat(cancel).isEqualTo(wrong).isEqualTo(arrived).endsWith(RECEIVED);
        assertThat(database.openCheckIns(marta.personId())).as("her PIN from a seized phone closes nothing").isOne();
        database.execute("UPDATE checkin SET created_at = ?, due_at = ? WHERE defender_id = ? AND state = 'OPEN'",
                Timestamp.from(Instant.now().minusSeconds(1860)), Timestamp.from(Instant.now().minusSeconds(60)),
                marta.personId());
        assertThat(signalsOf(marta, start, "CHECKIN_MISSED")).extracting(SignalReceived::type)
                .containsExactly(SignalType.CANCEL, SignalType.CHECKIN_MISSED);
    }

    /** A defender of the directory, published by the test when it wants. */
    private PersonSnapshot aDefender() {
        return People.defender(hashes, "def-" + UUID.randomUUID(), phone(), true);
    }

    /** Publishes her snapshot and waits until intake knows her number, and the report that showed it is published. */
    private static void loaded(PersonSnapshot defender) {
        Instant published = Instant.now();
        IntakeKafkaIT.publish(defender);
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> SignedSms.send(defender.phone(), "REPORTE prueba de incautación").asString()
                        .contains("Recibido."));
        signalsOf(defender, published, "prueba de incautación");
    }

    /** Her signals on signals.received since {@code start}, until one holds {@code last}. */
    private static List<SignalReceived> signalsOf(PersonSnapshot defender, Instant start, String last) {
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.SIGNALS_RECEIVED, start)
                .until(r -> defender.personId().equals(r.key()) && TopicWatcher.text(r).contains(last), PATIENCE);
        return seen.stream().filter(r -> defender.personId().equals(r.key()))
                .map(r -> EventJson.read(r.value(), SignalReceived.class))
                .toList();
    }

    private static String phone() {
        return "+5028" + (1_000_000 + (long) (Math.random() * 8_999_999));
    }
}
