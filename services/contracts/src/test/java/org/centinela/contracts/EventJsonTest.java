package org.centinela.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.centinela.contracts.signal.SignalAssessed;
import org.centinela.contracts.signal.SignalReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EventJsonTest {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    @ParameterizedTest
    @MethodSource("org.centinela.contracts.Examples#all")
    void everyEventSurvivesARoundTrip(CentinelaEvent event) {
        assertThat(EventJson.read(EventJson.write(event), event.getClass())).isEqualTo(event);
    }

    @Test
    void writesTimesAsIsoStringsAndLeavesNullsOut() {
        String json = json(Examples.report());

        assertThat(json)
                .contains("\"schemaVersion\":1")
                .contains("\"receivedAt\":\"2025-03-08T14:05:09.123Z\"")
                .contains("\"occurredOn\":\"2025-03-07\"")
                .doesNotContain("null")
                .doesNotContain("\"text\"")
                .doesNotContain("\"location\"");
    }

    @Test
    void writesNoMethodsThatAreNotFields() {
        String json = json(Examples.panic());

        assertThat(json).doesNotContain("\"topic\"", "\"key\"", "\"cloudEventType\"");
    }

    @Test
    void readsWhatANewerProducerWroteIgnoringFieldsItDoesNotKnow() throws IOException {
        ObjectNode newer = tree(Examples.assessed());
        newer.put("schemaVersion", 2);
        newer.putObject("explanationForHumans").put("es", "riesgo alto");
        newer.withArray("factors").addObject()
                .put("code", "zone.hot").put("contribution", 10).put("explanation", "Hot zone").put("weight", 0.4);

        SignalAssessed read = EventJson.read(PLAIN.writeValueAsBytes(newer), SignalAssessed.class);

        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.factors()).hasSize(3);
        assertThat(read.signalId()).isEqualTo(Examples.SIGNAL_ID);
    }

    static Stream<CentinelaEvent> eventsWithoutPersonalData() {
        return Examples.all().filter(event -> !(event.topic().equals(Topics.SIGNALS_RECEIVED)
                || event.topic().equals(Topics.DIRECTORY_PEOPLE) || event.topic().equals(Topics.ALERTS_BRIEFS)));
    }

    @ParameterizedTest
    @MethodSource("eventsWithoutPersonalData")
    void onlySignalsReceivedDirectoryPeopleAndBriefsCarryPersonalData(CentinelaEvent event) {
        assertThat(json(event)).doesNotContain(Examples.TEXT, Examples.NARRATIVE, Examples.PLACE, Examples.NAME,
                Examples.PHONE, Examples.EMAIL, "\"text\"", "\"location\"", "\"report\"", "\"narrative\"",
                "\"phone\"", "Hash");
    }

    static Stream<Arguments> assessmentsBreakingInvariants() {
        return Stream.of(
                broken(node -> node.put("score", 130), "score must be 0..100, was 130"),
                broken(node -> node.put("schemaVersion", 0), "schemaVersion must be at least 1, was 0"),
                broken(node -> node.remove("schemaVersion"), "schemaVersion must not be null"),
                broken(node -> node.remove("signalId"), "signalId must not be null"),
                broken(node -> node.remove("grade"), "grade must not be null for a PANIC signal"),
                broken(node -> node.put("modelVersion", 0), "modelVersion must be at least 1, was 0"),
                broken(node -> node.put("verifiedSender", false), "triage must be true for an unverified sender"),
                broken(node -> node.withArray("factors").addNull(), "factors element must not be null"),
                broken(node -> node.put("type", "PANICO"), "type cannot be read as SignalType"),
                broken(node -> node.put("score", "high"), "score cannot be read as int"),
                broken(node -> node.putNull("score"), "score must not be null"),
                broken(node -> node.remove("triage"), "triage must not be null"),
                broken(node -> node.put("receivedAt", "yesterday"), "receivedAt cannot be read as Instant"),
                broken(node -> node.withArray("factors").addObject().put("code", "x").put("contribution", "lots"),
                        "factors[2].contribution cannot be read as int"));
    }

    private static Arguments broken(Consumer<ObjectNode> breakIt, String reason) {
        return Arguments.of(breakIt, reason);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("assessmentsBreakingInvariants")
    void refusesJsonThatBreaksAnInvariantSayingWhy(Consumer<ObjectNode> breakIt, String reason) throws IOException {
        ObjectNode node = tree(Examples.assessed());
        breakIt.accept(node);
        byte[] json = PLAIN.writeValueAsBytes(node);

        assertThatThrownBy(() -> EventJson.read(json, SignalAssessed.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Invalid SignalAssessed: " + reason);
    }

    @Test
    void reasonNeverQuotesThePayload() throws IOException {
        ObjectNode node = tree(Examples.panic());
        ((ObjectNode) node.get("location")).put("lat", Examples.PLACE);
        byte[] wrongType = PLAIN.writeValueAsBytes(node);
        byte[] malformed = ("{\"text\":\"" + Examples.TEXT + "\" \"" + Examples.TEXT + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> EventJson.read(wrongType, SignalReceived.class))
                .hasMessage("Invalid SignalReceived: location.lat cannot be read as double")
                .hasNoCause();
        assertThatThrownBy(() -> EventJson.read(malformed, SignalReceived.class))
                .hasMessageStartingWith("Invalid SignalReceived: malformed JSON at line 1, column ")
                .hasNoCause()
                .message().doesNotContain("SOS");
    }

    private static String json(CentinelaEvent event) {
        return new String(EventJson.write(event), StandardCharsets.UTF_8);
    }

    private static ObjectNode tree(CentinelaEvent event) throws IOException {
        return (ObjectNode) PLAIN.readTree(EventJson.write(event));
    }
}
