package org.centinela.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.centinela.contracts.Examples;
import org.centinela.contracts.signal.SignalReceived;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudEventHeadersTest {

    private static final CloudEventAttributes ATTRIBUTES = new CloudEventAttributes(
            "7e1f0c2a-4b3d-4e5f-9a8b-1c2d3e4f5a6b", "/centinela/intake", SignalReceived.TYPE, Examples.AT);

    private static Headers written() {
        Headers headers = new RecordHeaders();
        CloudEventHeaders.write(headers, ATTRIBUTES);
        return headers;
    }

    private static String header(Headers headers, String name) {
        return new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @Test
    void writesTheBinaryModeHeadersOfTheKafkaBinding() {
        Headers headers = written();

        assertThat(header(headers, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(headers, "ce_id")).isEqualTo("7e1f0c2a-4b3d-4e5f-9a8b-1c2d3e4f5a6b");
        assertThat(header(headers, "ce_source")).isEqualTo("/centinela/intake");
        assertThat(header(headers, "ce_type")).isEqualTo("org.centinela.signal.received.v1");
        assertThat(header(headers, "ce_time")).isEqualTo("2025-03-08T14:05:09.123Z");
        assertThat(header(headers, "content-type")).isEqualTo("application/json");
    }

    @Test
    void readsBackWhatItWrote() {
        assertThat(CloudEventHeaders.read(written())).isEqualTo(ATTRIBUTES);
    }

    @Test
    void writingTwiceLeavesOneHeaderOfEachName() {
        Headers headers = written();
        CloudEventHeaders.write(headers, new CloudEventAttributes("other-id", "/centinela/intake",
                SignalReceived.TYPE, null));

        assertThat(headers.headers("ce_id")).hasSize(1);
        assertThat(headers.headers("ce_time")).isEmpty();
        assertThat(CloudEventHeaders.read(headers).id()).isEqualTo("other-id");
    }

    @Test
    void readsATimeWrittenWithAnOffset() {
        Headers headers = written();
        headers.remove("ce_time");
        headers.add("ce_time", "2025-03-08T08:05:09.123-06:00".getBytes(StandardCharsets.UTF_8));

        assertThat(CloudEventHeaders.read(headers).time()).isEqualTo(Instant.parse("2025-03-08T14:05:09.123Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ce_specversion", "ce_id", "ce_source", "ce_type"})
    void refusesHeadersWithoutARequiredAttribute(String name) {
        Headers headers = written();
        headers.remove(name);

        assertThatThrownBy(() -> CloudEventHeaders.read(headers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(name + " header is missing");
    }

    @Test
    void refusesAnotherSpecVersionOrContentType() {
        Headers oldSpec = written();
        oldSpec.remove("ce_specversion");
        oldSpec.add("ce_specversion", "0.3".getBytes(StandardCharsets.UTF_8));
        Headers avro = written();
        avro.remove("content-type");
        avro.add("content-type", "application/avro".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> CloudEventHeaders.read(oldSpec)).hasMessage("ce_specversion must be 1.0, was 0.3");
        assertThatThrownBy(() -> CloudEventHeaders.read(avro))
                .hasMessage("content-type must be application/json, was application/avro");
    }

    @Test
    void describesAnEventWithItsTypeAndAFreshId() {
        CloudEventAttributes first = CloudEventAttributes.of(Examples.panic(), "/centinela/intake", Examples.AT);
        CloudEventAttributes second = CloudEventAttributes.of(Examples.panic(), "/centinela/intake", Examples.AT);

        assertThat(first.type()).isEqualTo(SignalReceived.TYPE);
        assertThat(first.time()).isEqualTo(Examples.AT);
        assertThat(first.id()).isNotEqualTo(second.id());
    }

    @Test
    void refusesASourceThatIsNotAUriReference() {
        assertThatThrownBy(() -> new CloudEventAttributes("id", "centinela intake", SignalReceived.TYPE, null))
                .hasMessage("source must be a URI reference, was 'centinela intake'");
    }
}
