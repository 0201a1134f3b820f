package org.centinela.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Topics;
import org.centinela.contracts.alert.AlertResponse;
import org.centinela.contracts.alert.ProofMethod;
import org.centinela.contracts.alert.ResponseKind;
import org.centinela.contracts.alert.ResponseSeal;
import org.centinela.contracts.directory.PersonSnapshot;
import org.centinela.contracts.kafka.CloudEventHeaders;
import org.centinela.contracts.secret.PepperedHash;
import org.centinela.contracts.signal.SignalReceived;
import org.centinela.contracts.signal.SignalType;
import org.centinela.testing.TopicWatcher;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The packaged intake on the real broker and database: SMS in, signals out on Kafka, whatever the broker does. */
@QuarkusIntegrationTest
class IntakeKafkaIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final PepperedHash hashes = PepperedHash.fromConfiguredPepper(
            ConfigProvider.getConfig().getValue("centinela.pepper", String.class), 1000);
    private String defenderId;
    private String phone;

    @BeforeEach
    void aDefenderPublishedByEscalation() {
        defenderId = "def-" + UUID.randomUUID();
        phone = "+5024" + (1_000_000 + (long) (Math.random() * 8_999_999));
        publish(People.defender(hashes, defenderId, phone, true));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> SignedSms.send(phone, "VOY 600").asString().contains("Recibido."));
    }

    @Test
    void anSosReachesSignalsReceivedWithItsKeyAndCloudEventsHeaders() {
        Instant start = Instant.now();
        SignedSms.send(phone, "SOS me siguen").then().statusCode(200);

        ConsumerRecord<String, byte[]> record = last(TopicWatcher.since(Topics.SIGNALS_RECEIVED, start)
                .until(r -> defenderId.equals(r.key()), PATIENCE));
        assertThat(record.key()).isEqualTo(defenderId);
        assertThat(new String(record.headers().lastHeader(CloudEventHeaders.TYPE_HEADER).value(), StandardCharsets.UTF_8))
                .isEqualTo(SignalReceived.TYPE);
        SignalReceived signal = EventJson.read(record.value(), SignalReceived.class);
        assertThat(signal.type()).isEqualTo(SignalType.PANIC);
        assertThat(signal.text()).isEqualTo("me siguen");
    }

    @Test
    void aRetriedSmsIsPublishedOnce() {
        Instant start = Instant.now();
        String sid = SignedSms.newSid();
        SignedSms.post(sid, phone, "AYUDA").then().statusCode(200);
        SignedSms.post(sid, phone, "AYUDA").then().statusCode(200);
        SignedSms.send(phone, "REPORTE fin de la prueba").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.SIGNALS_RECEIVED, start)
                .until(r -> defenderId.equals(r.key()) && TopicWatcher.text(r).contains("fin de la prueba"), PATIENCE);
        assertThat(seen.stream().filter(r -> defenderId.equals(r.key()))
                .map(r -> EventJson.read(r.value(), SignalReceived.class).type()))
                .containsExactly(SignalType.PANIC, SignalType.REPORT);
    }

    @Test
    void aForgedSmsIsRefusedAndTheDuressPinLooksLikeACancelButPublishesDuress() {
        Instant start = Instant.now();
        Map<String, String> forged = SignedSms.form(SignedSms.newSid(), phone, "SOS");
        given().header("X-Twilio-Signature", SignedSms.signature(Map.of("Body", "something else")))
                .formParams(forged).when().post("/twilio/sms").then().statusCode(403);
        String cancel = SignedSms.send(phone, "BIEN " + People.PIN).then().statusCode(200).extract().asString();
        String duress = SignedSms.send(phone, "BIEN " + People.DURESS_PIN).then().statusCode(200).extract().asString();

        assertThat(duress).isEqualTo(cancel);
        List<ConsumerRecord<String, byte[]>> seen = TopicWatcher.since(Topics.SIGNALS_RECEIVED, start)
                .until(r -> defenderId.equals(r.key()) && TopicWatcher.text(r).contains("DURESS"), PATIENCE);
        assertThat(seen.stream().filter(r -> defenderId.equals(r.key()))
                .map(r -> EventJson.read(r.value(), SignalReceived.class).type()))
                .containsExactly(SignalType.CANCEL, SignalType.DURESS);
    }

    @Test
    void aResponderReplyReachesAlertsResponsesSealedByIntake() {
        String responderId = "res-" + UUID.randomUUID();
        String responderPhone = "+5024" + (1_000_000 + (long) (Math.random() * 8_999_999));
        publish(People.responder(responderId, responderPhone, "es"));
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(300))
                .until(() -> SignedSms.send(responderPhone, "hola").asString().contains("Recibido."));
        Instant start = Instant.now();

        SignedSms.send(responderPhone, "OK 7305").then().statusCode(200);

        AlertResponse response = EventJson.read(last(TopicWatcher.since(Topics.ALERTS_RESPONSES, start)
                .until(r -> responderId.equals(r.key()), PATIENCE)).value(), AlertResponse.class);
        assertThat(response.kind()).isEqualTo(ResponseKind.ACK);
        assertThat(response.proof().method()).isEqualTo(ProofMethod.TWILIO_SIGNATURE);
        String key = ConfigProvider.getConfig().getValue("centinela.response-key", String.class);
        assertThat(new ResponseSeal("intake", key).verifies(response)).isTrue();
    }

    @Test
    void anSosAcceptedWhileTheBrokerIsDownIsPublishedWhenItIsBack() throws Exception {
        Instant start = Instant.now();
        stack("stop", "kafka");
        try {
            SignedSms.send(phone, "SOS estando caído el broker").then().statusCode(200);
        } finally {
            stack("up");
        }

        ConsumerRecord<String, byte[]> record = last(TopicWatcher.since(Topics.SIGNALS_RECEIVED, start)
                .until(r -> defenderId.equals(r.key()), Duration.ofSeconds(60)));
        assertThat(EventJson.read(record.value(), SignalReceived.class).text()).isEqualTo("estando caído el broker");
    }

    private static ConsumerRecord<String, byte[]> last(List<ConsumerRecord<String, byte[]>> records) {
        assertThat(records).as("records seen").isNotEmpty();
        return records.get(records.size() - 1);
    }

    static void publish(PersonSnapshot person) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(config, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.DIRECTORY_PEOPLE, person.key(), EventJson.write(person)));
        }
    }

    static void stack(String... command) throws IOException, InterruptedException {
        String[] line = new String[command.length + 1];
        line[0] = "../../deploy/local/stack.sh";
        System.arraycopy(command, 0, line, 1, command.length);
        Process process = new ProcessBuilder(line).inheritIO().start();
        assertThat(process.waitFor()).as("stack.sh %s", String.join(" ", command)).isZero();
    }
}
