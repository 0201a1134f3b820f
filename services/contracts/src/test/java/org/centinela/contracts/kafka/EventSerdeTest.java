package org.centinela.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.utils.Utils;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.EventJson;
import org.centinela.contracts.Examples;
import org.centinela.contracts.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventSerdeTest {

    /** The deserializer class a consumer of each topic names in its configuration. */
    private static final Map<String, String> DESERIALIZERS = Map.of(
            Topics.SIGNALS_RECEIVED, "org.centinela.contracts.kafka.SignalReceivedDeserializer",
            Topics.SIGNALS_ASSESSED, "org.centinela.contracts.kafka.SignalAssessedDeserializer",
            Topics.ALERTS_RESPONSES, "org.centinela.contracts.kafka.AlertResponseDeserializer",
            Topics.NOTIFICATIONS_REQUESTED, "org.centinela.contracts.kafka.NotificationRequestedDeserializer",
            Topics.NOTIFICATIONS_STATUS, "org.centinela.contracts.kafka.NotificationStatusDeserializer",
            Topics.ALERTS_LIFECYCLE, "org.centinela.contracts.kafka.AlertLifecycleDeserializer",
            Topics.DIRECTORY_PEOPLE, "org.centinela.contracts.kafka.PersonSnapshotDeserializer",
            Topics.ALERTS_BRIEFS, "org.centinela.contracts.kafka.AlertBriefDeserializer");

    private final EventSerializer<CentinelaEvent> serializer = new EventSerializer<>();

    @SuppressWarnings("unchecked")
    private static Deserializer<CentinelaEvent> deserializerOf(String topic) throws ClassNotFoundException {
        return Utils.newInstance(DESERIALIZERS.get(topic), Deserializer.class);
    }

    @Test
    void everyTopicHasADeserializer() {
        assertThat(DESERIALIZERS).containsOnlyKeys(Topics.ALL);
    }

    @ParameterizedTest
    @MethodSource("org.centinela.contracts.Examples#all")
    void everyEventSurvivesTheKafkaSerdeByClassName(CentinelaEvent event) throws ClassNotFoundException {
        byte[] bytes = serializer.serialize(event.topic(), event);

        CentinelaEvent read = deserializerOf(event.topic()).deserialize(event.topic(), bytes);

        assertThat(read).isEqualTo(event).isInstanceOf(event.getClass());
        assertThat(bytes).isEqualTo(EventJson.write(event));
    }

    @Test
    void aTombstoneStaysNull() {
        assertThat(serializer.serialize(Topics.DIRECTORY_PEOPLE, null)).isNull();
        assertThat(new PersonSnapshotDeserializer().deserialize(Topics.DIRECTORY_PEOPLE, null)).isNull();
    }

    static Stream<Arguments> recordsBreakingInvariants() {
        return Stream.of(
                arguments(new SignalReceivedDeserializer(), Topics.SIGNALS_RECEIVED,
                        json(Examples.report()).replace("\"type\":\"REPORT\"", "\"type\":\"PANIC\""),
                        "Invalid SignalReceived: report is only allowed on a REPORT signal, not on PANIC"),
                arguments(new SignalAssessedDeserializer(), Topics.SIGNALS_ASSESSED,
                        json(Examples.assessed()).replace("\"score\":87", "\"score\":130"),
                        "Invalid SignalAssessed: score must be 0..100, was 130"),
                arguments(new AlertResponseDeserializer(), Topics.ALERTS_RESPONSES,
                        json(Examples.ack()).replaceAll("\"proof\":\\{[^}]*}", "\"proof\":null"),
                        "Invalid AlertResponse: proof must not be null"),
                arguments(new NotificationRequestedDeserializer(), Topics.NOTIFICATIONS_REQUESTED,
                        json(Examples.notificationRequested()).replace("\"level\":2", "\"level\":0"),
                        "Invalid NotificationRequested: level must be at least 1, was 0"),
                arguments(new NotificationStatusDeserializer(), Topics.NOTIFICATIONS_STATUS,
                        json(Examples.notificationFailed()).replace("\"FAILED\"", "\"ANSWERED\"")
                                .replace("\"VOICE\"", "\"SMS\""),
                        "Invalid NotificationStatus: status ANSWERED is only possible on VOICE, not on SMS"),
                arguments(new AlertLifecycleDeserializer(), Topics.ALERTS_LIFECYCLE,
                        json(Examples.opened()).replace("\"OPENED\"", "\"RESOLVED\""),
                        "Invalid AlertLifecycle: state must not be OPEN after RESOLVED"),
                arguments(new PersonSnapshotDeserializer(), Topics.DIRECTORY_PEOPLE,
                        json(Examples.defender()).replace(Examples.PHONE, "0055512345"),
                        "Invalid PersonSnapshot: phone must be in E.164 form: + and 7 to 15 digits"),
                arguments(new PersonSnapshotDeserializer(), Topics.DIRECTORY_PEOPLE, "[]",
                        "Invalid PersonSnapshot: the document cannot be read as PersonSnapshot"),
                arguments(new SignalReceivedDeserializer(), Topics.SIGNALS_RECEIVED, "{}",
                        "Invalid SignalReceived: schemaVersion must not be null"));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("recordsBreakingInvariants")
    void refusesARecordThatBreaksAnInvariantSayingWhy(Deserializer<?> deserializer, String topic, String json,
            String reason) {
        assertThatThrownBy(() -> deserializer.deserialize(topic, json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .hasMessage("Cannot read a record of " + topic + ": " + reason);
    }

    @Test
    void theReasonLeaksNothingOfTheRecord() {
        String json = json(Examples.defender()).replace(Examples.PHONE, "5025551234");

        assertThatThrownBy(() -> new PersonSnapshotDeserializer().deserialize(Topics.DIRECTORY_PEOPLE,
                json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(SerializationException.class)
                .satisfies(e -> assertThat(stackTraceOf(e)).doesNotContain("5025551234", Examples.NAME,
                        Examples.PIN_HASH));
    }

    private static String json(CentinelaEvent event) {
        return new String(EventJson.write(event), StandardCharsets.UTF_8);
    }

    private static String stackTraceOf(Throwable e) {
        StringWriter out = new StringWriter();
        e.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
