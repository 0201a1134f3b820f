package org.centinela.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.centinela.contracts.kafka.CloudEventAttributes;
import org.centinela.contracts.kafka.CloudEventHeaders;
import org.junit.jupiter.api.Test;

class OutboxEntryTest {

    private static final Instant AT = Instant.parse("2026-03-08T10:15:30Z");

    @Test
    void anEventBecomesItsKeyItsJsonAndCloudEventsHeaders() {
        OutboxEntry entry = OutboxEntry.of(new SampleEvent("person-1", "hola"), AT);

        ProducerRecord<String, byte[]> record = entry.toRecord("/centinela/escalation");

        assertThat(record.topic()).isEqualTo(SampleEvent.TOPIC);
        assertThat(record.key()).isEqualTo("person-1");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"text\":\"hola\"");
        assertThat(CloudEventHeaders.read(record.headers()))
                .isEqualTo(new CloudEventAttributes(entry.id().toString(), "/centinela/escalation", SampleEvent.TYPE, AT));
    }

    @Test
    void aTombstoneIsTheKeyWithANullValueAndNoHeaders() {
        OutboxEntry tombstone = OutboxEntry.tombstone("directory.people", "person-1", AT);

        ProducerRecord<String, byte[]> record = tombstone.toRecord("/centinela/escalation");

        assertThat(tombstone.isTombstone()).isTrue();
        assertThat(tombstone.type()).isNull();
        assertThat(record.key()).isEqualTo("person-1");
        assertThat(record.value()).isNull();
        assertThat(record.headers().toArray()).isEmpty();
    }

    @Test
    void aTypeWithoutPayloadOrAPayloadWithoutTypeIsRefused() {
        assertThatThrownBy(() -> new OutboxEntry(UUID.randomUUID(), "t", "k", "type", null, AT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutboxEntry(UUID.randomUUID(), "t", "k", null, "{}", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itsTextLeavesThePayloadOut() {
        assertThat(OutboxEntry.of(new SampleEvent("person-1", "secreto"), AT).toString()).doesNotContain("secreto");
    }
}
