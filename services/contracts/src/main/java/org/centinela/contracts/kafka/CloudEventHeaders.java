package org.centinela.contracts.kafka;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * Writes and reads CloudEvents 1.0 in binary content mode on Kafka records (the CloudEvents Kafka
 * protocol binding): the attributes go to {@code ce_*} headers, the JSON event is the value. The
 * Quarkus services get the same headers from SmallRye's Kafka connector (its {@code cloud-events}
 * support); this class is for plain Kafka producers and consumers, scripts and tests.
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "1.0";
    public static final String JSON = "application/json";

    public static final String SPEC_VERSION_HEADER = "ce_specversion";
    public static final String ID_HEADER = "ce_id";
    public static final String SOURCE_HEADER = "ce_source";
    public static final String TYPE_HEADER = "ce_type";
    public static final String TIME_HEADER = "ce_time";
    public static final String CONTENT_TYPE_HEADER = "content-type";

    private CloudEventHeaders() {
    }

    /** Puts {@code attributes} on {@code headers}, replacing any CloudEvents headers already there. */
    public static void write(Headers headers, CloudEventAttributes attributes) {
        put(headers, SPEC_VERSION_HEADER, SPEC_VERSION);
        put(headers, ID_HEADER, attributes.id());
        put(headers, SOURCE_HEADER, attributes.source());
        put(headers, TYPE_HEADER, attributes.type());
        if (attributes.time() == null) {
            headers.remove(TIME_HEADER);
        } else {
            put(headers, TIME_HEADER, attributes.time().toString());
        }
        put(headers, CONTENT_TYPE_HEADER, JSON);
    }

    /**
     * The attributes on {@code headers}.
     *
     * @throws IllegalArgumentException if they are not CloudEvents 1.0 binary-mode headers with JSON data
     */
    public static CloudEventAttributes read(Headers headers) {
        String specVersion = required(headers, SPEC_VERSION_HEADER);
        if (!SPEC_VERSION.equals(specVersion)) {
            throw new IllegalArgumentException(SPEC_VERSION_HEADER + " must be " + SPEC_VERSION + ", was " + specVersion);
        }
        String contentType = value(headers, CONTENT_TYPE_HEADER);
        if (contentType != null && !contentType.startsWith(JSON)) {
            throw new IllegalArgumentException(CONTENT_TYPE_HEADER + " must be " + JSON + ", was " + contentType);
        }
        String time = value(headers, TIME_HEADER);
        try {
            return new CloudEventAttributes(
                    required(headers, ID_HEADER),
                    required(headers, SOURCE_HEADER),
                    required(headers, TYPE_HEADER),
                    time == null ? null : OffsetDateTime.parse(time).toInstant());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(TIME_HEADER + " must be an RFC 3339 timestamp, was " + time);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String required(Headers headers, String name) {
        String value = value(headers, name);
        if (value == null) {
            throw new IllegalArgumentException(name + " header is missing");
        }
        return value;
    }

    private static String value(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
