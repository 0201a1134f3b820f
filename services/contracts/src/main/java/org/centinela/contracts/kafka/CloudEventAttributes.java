package org.centinela.contracts.kafka;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.UUID;
import org.centinela.contracts.CentinelaEvent;
import org.centinela.contracts.Invariants;

/**
 * The CloudEvents 1.0 context attributes a Kafka record carries in its headers.
 *
 * @param id     unique per event for a given source; a retry of the same event keeps it
 * @param source the producing service as a URI reference, e.g. {@code /centinela/intake}
 * @param type   the event's type, e.g. {@code org.centinela.signal.received.v1}
 * @param time   when the event happened; may be null (the attribute is optional)
 */
public record CloudEventAttributes(String id, String source, String type, Instant time) {

    public CloudEventAttributes {
        Invariants.nonBlank(id, "id");
        Invariants.nonBlank(source, "source");
        try {
            new URI(source);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("source must be a URI reference, was '" + source + "'");
        }
        Invariants.nonBlank(type, "type");
    }

    /** The attributes of {@code event}, produced by {@code source} at {@code time}, with a fresh random id. */
    public static CloudEventAttributes of(CentinelaEvent event, String source, Instant time) {
        return new CloudEventAttributes(UUID.randomUUID().toString(), source, event.cloudEventType(), time);
    }
}
